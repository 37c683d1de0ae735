const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * The address a QR code on the screen points at. A phone can open whatever address the screen itself
 * was opened at (the public site, or a school or van laptop's Wi-Fi address), so that comes first. A
 * loopback address is the one no phone can reach: then the public address (SITE_URL at build time),
 * if there is one. Never an address fixed at build time that the room cannot reach.
 */
export function qrBase(pageOrigin: string, siteUrl: string | undefined): string {
  const { hostname } = new URL(pageOrigin);
  return LOOPBACK.test(hostname) && siteUrl ? new URL(siteUrl).origin : pageOrigin;
}
