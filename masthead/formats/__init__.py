"""Date formats where Django's are missing or wrong for an edition (FORMAT_MODULE_PATH).

Django looks here first, then in its own locale formats. Each module may also name
STORY_DATETIME_FORMAT, the way a story's publication time is written in that
language (news_tags.story_time); a language that names none gets "15 December 2025 18:55".
"""
