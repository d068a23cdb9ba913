from wagtail import hooks

from syndication.links import serving_page

hooks.register("on_serve_page", serving_page)
