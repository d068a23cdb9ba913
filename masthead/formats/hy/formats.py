"""Armenian: Django ships no formats for it, so it would write dates the American way.

Armenian puts the day first and the month in the genitive, lower case, inside a date
("15 դեկտեմբերի 2025"): `E`, whose names our catalogue gives (editions.month_names).
"""

DATE_FORMAT = "j E Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y, H:i"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

STORY_DATETIME_FORMAT = "j E Y, H:i"
