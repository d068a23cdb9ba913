from wagtail.snippets.models import register_snippet

from news.models import Author

register_snippet(Author)
