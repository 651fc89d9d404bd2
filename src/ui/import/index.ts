/** Importing Kubernetes manifests and Compose files in the app: dialog, drop, paste. */
export { ImportControls } from './ImportControls';
