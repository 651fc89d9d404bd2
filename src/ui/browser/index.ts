/** What the app asks of the browser itself: the clipboard and downloads. */
export { copyText } from './clipboard';
export { saveBlob } from './save-blob';
