from news.models.articles import ArticleAuthor, ArticlePage, ArticleTag
from news.models.people import Author, AuthorIndexPage
from news.models.sections import MonthArchivePage, SectionPage, YearArchivePage
from news.models.tags import TagIndexPage

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "ArticleTag",
    "Author",
    "AuthorIndexPage",
    "MonthArchivePage",
    "SectionPage",
    "TagIndexPage",
    "YearArchivePage",
]
