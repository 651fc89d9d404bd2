/** Share links: the design in the page address's fragment (`#design=…`), made and opened here. */
export { ShareButton } from './ShareButton';
export { SHARE_FRAGMENT_KEY, fragmentWithoutDesign, readShareFragment, shareLink } from './share-link';
