import { mountApp } from '../../components/mount.tsx';
import { SidePanelView } from '../../components/SidePanelView.tsx';

void mountApp('sidepanel', SidePanelView);
