/**
 * "Link to this section" links become "Copy link to this section" buttons: one press (mouse,
 * Enter or Space) copies the section's address, and a status message says so, for screen readers
 * too. Without JavaScript, or where the browser gives no clipboard, the plain link stays.
 */
const COPIED_MESSAGE_MS = 6000;

if (navigator.clipboard) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-section-link]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'section-link-button';
    // Keeps the visually hidden heading name, so each button says which section it copies.
    button.append('Copy link to this section', ...[...link.children].map((child) => child.cloneNode(true)));
    const status = document.createElement('span');
    status.className = 'section-link-status';
    status.setAttribute('role', 'status');
    link.replaceWith(button, status);

    let clear: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      // The address as the reader sees it, minus any query (such as search words).
      const url = new URL(link.getAttribute('href')!, location.href);
      url.search = '';
      try {
        await navigator.clipboard.writeText(url.href);
        status.textContent = 'Link copied';
      } catch {
        status.textContent = `Could not copy. The link is ${url.href}`;
      }
      clearTimeout(clear);
      clear = setTimeout(() => (status.textContent = ''), COPIED_MESSAGE_MS);
    });
  }
}
