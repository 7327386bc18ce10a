import { HandoutView } from '../../components/handout/HandoutView.tsx';
import { mountApp } from '../../components/mount.tsx';

// The patient's handout: a card-sized slip to print and a QR code, for the id in the address.
void mountApp('handout', HandoutView);
