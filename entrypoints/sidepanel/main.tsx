import { SidePanelView } from '../../components/SidePanelView.tsx';
import { mountApp } from '../../components/mount.tsx';

mountApp('sidepanel', SidePanelView);
