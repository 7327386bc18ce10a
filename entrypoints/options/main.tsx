import { mountApp } from '../../components/mount.tsx';
import { OptionsView } from '../../components/OptionsView.tsx';

void mountApp('options', OptionsView);
