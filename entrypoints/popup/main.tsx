import { PopupView } from '../../components/PopupView.tsx';
import { mountApp } from '../../components/mount.tsx';

mountApp('popup', PopupView);
