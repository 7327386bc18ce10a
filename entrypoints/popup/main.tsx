import { mountApp } from '../../components/mount.tsx';
import { PopupView } from '../../components/PopupView.tsx';

void mountApp('popup', PopupView);
