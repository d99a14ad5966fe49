"""``akhbar parse`` — placeholder-free minimal version; the page-parser issue owns this file."""
