// Hand a handout to a parent from the worker's phone (partials/handout-share.html).
// "Share link": the phone's share sheet (Web Share API) with the handout's address;
// where there is none, the address is copied, or shown selected to copy by hand. A page
// opened from a file (the offline copy without a public address) has no address that
// works on another phone: it says so. "Show QR code": the code full screen (a modal
// <dialog>: Escape or the close button closes it, focus returns to the button).
// Nothing is sent anywhere except what the reader sends through the share sheet.
(() => {
  const box = document.querySelector('.site-handout-share');
  if (!box) return;
  const status = box.querySelector('.site-handout-share__status');
  const manual = box.querySelector('.site-handout-share__manual');
  const say = text => { status.textContent = text; };
  const address = () => box.dataset.url || location.href.split('#')[0];

  const showToCopy = url => {
    const field = manual.querySelector('input');
    field.value = url;
    manual.hidden = false;
    field.focus();
    field.select();
  };

  box.querySelector('.site-handout-share__share').addEventListener('click', async () => {
    say('');
    if (!box.dataset.url && location.protocol === 'file:') {
      say(box.dataset.offline);
      return;
    }
    const url = address();
    if (navigator.share) {
      try {
        await navigator.share({title: box.dataset.title || document.title, url});
        return;
      } catch (error) {
        if (error.name === 'AbortError') return;  // the reader closed the share sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      say(box.dataset.copied);
    } catch (error) {
      showToCopy(url);
    }
  });

  const dialog = box.querySelector('dialog');
  if (dialog) {
    const open = box.querySelector('.site-handout-share__qr');
    open.addEventListener('click', () => dialog.showModal());
    box.querySelector('.site-handout-share__close').addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => open.focus());
  }
  box.hidden = false;
})();
