import { OptionsView } from '../../components/OptionsView.tsx';
import { mountApp } from '../../components/mount.tsx';

mountApp('options', OptionsView);
