"""Arabic text core: display form, matching form, tokens, stems, sentences.

>>> from akhbar.text import normalize, search_terms
>>> normalize("الأَخْبَارُ", for_search=True)
'الاخبار'
"""

from akhbar.text._normalize import clean, has_arabic, normalize
from akhbar.text._sentences import sentences
from akhbar.text._stem import Algorithm, is_stopword, search_terms, stem
from akhbar.text._tokenize import tokens

__all__ = [
    "Algorithm",
    "clean",
    "has_arabic",
    "is_stopword",
    "normalize",
    "search_terms",
    "sentences",
    "stem",
    "tokens",
]
