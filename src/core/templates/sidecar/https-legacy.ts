import type { TemplateMeta } from '../types';
import { httpsLegacyDesign } from './https-legacy.design';

export const httpsLegacy: TemplateMeta = {
  id: 'https-legacy',
  title: 'HTTPS for a legacy app',
  family: 'sidecar',
  summary: 'An nginx sidecar terminates TLS in front of an app that speaks plain HTTP on localhost only.',
  explanation: {
    pattern:
      'A sidecar is a second container in the app’s pod that adds something the app lacks, sharing its network and volumes. Here nginx listens for HTTPS on the pod network and forwards plain HTTP over localhost to the legacy app, which binds to 127.0.0.1, so unencrypted traffic never leaves the pod.',
    whenToUse:
      'An application you cannot or should not change (no source, a frozen release, a vendor image) has to serve HTTPS; or many services need the same TLS set-up and you want it in one reusable, separately patched container.',
    tradeOffs:
      'Every replica carries its own proxy: a little more CPU and memory, one more image to keep current, and certificates that must reach every pod (a Secret). The extra hop over localhost costs next to nothing. Unlike TLS at a shared ingress, encryption ends inside the pod, at the app’s own door.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 2, “The Sidecar Pattern”: adding HTTPS to a legacy service.',
  },
  design: httpsLegacyDesign,
};
