from wagtail.signals import post_page_move

from news.models.articles import ArticlePage, section_of


def keep_section_in_step_with_tree(sender, instance, **kwargs) -> None:
    """A move is a tree operation that does not call ArticlePage.save(); re-derive the section.

    The moved page may be a section itself (reordered in the menu), so the section
    is looked up from the moved page, inclusively, not from its new parent.
    """
    section = section_of(instance)
    ArticlePage.objects.descendant_of(instance, inclusive=True).update(section=section)


post_page_move.connect(keep_section_in_step_with_tree, dispatch_uid="news_section_after_move")
