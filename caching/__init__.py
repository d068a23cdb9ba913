"""Keeping whole pages and computed values under versions that a change bumps.

The bottom layer: the content model (news, editions, outlet) remembers what it reads here,
and the page cache's rules (pagecache: which pages a story shows on, when to retire them)
bump the versions. It knows nothing of stories, and imports nothing of the project's apps.
"""
