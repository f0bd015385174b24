"""Where each language's share image is (shared by share_cards.py, which names it in
the pages' Open Graph tags, and share_images.py, which draws it)."""

SHARE_IMAGE_SIZE = (1200, 630)  # the size link previews crop to (1.91:1)


def share_image_path(locale: str) -> str:
    """The image's path in the site."""
    return f"assets/images/share-{locale}.png"
