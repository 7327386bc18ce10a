import { mountApp } from '../../components/mount.tsx';
import { PopupView } from '../../components/PopupView.tsx';
import { loadCatalogue } from '../../platform/catalogue.ts';

// Started before the first render, beside the user data (PopupView); App reuses the promise.
void loadCatalogue();
void mountApp('popup', PopupView);
