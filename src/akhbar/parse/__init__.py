"""Raw Arabic news pages (plain text, one paragraph per line) → structured ``Page``.

>>> page = parse_text("عنوان الخبر\\nالمصدر: واس", input="-")
>>> page.main.headline, page.main.source
('عنوان الخبر', 'واس')

Every line is classified by what it says (``akhbar.parse.lines``) and where it stands
(``akhbar.parse.page``); nothing is lost (``lost_chars``).
"""

from akhbar.parse.lossless import lost_chars
from akhbar.parse.page import parse_text

__all__ = ["lost_chars", "parse_text"]
