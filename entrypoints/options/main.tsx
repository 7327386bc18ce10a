import { mountApp } from '../../components/mount.tsx';

mountApp('options');
