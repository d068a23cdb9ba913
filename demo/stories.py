"""Generating a demo story's fields in one language from the text bank, deterministically."""

import random
from dataclasses import dataclass, field

from anyascii import anyascii
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.rich_text import RichText

from demo import cast, texts

TOPICS_PER_SECTION = len(texts.TOPICS) // len(texts.SECTIONS)
# Every third English story is translated into the other editions; the rest of
# those editions' stories are their own.
TRANSLATED_EVERY = 3
# Targets for the paragraphs; the lead, a quote and the last paragraph add up to ~150 more.
MIN_WORDS, MAX_WORDS = 320, 1000
NAMED_PARAGRAPHS = 2


@dataclass
class StoryText:
    headline: str
    subheadline: str
    lead: str
    paragraphs: list[str]
    quote: dict | None
    tag_names: list[str]
    author_slugs: list[str]
    image_numbers: list[int] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        words = len(self.lead.split()) + sum(len(p.split()) for p in self.paragraphs)
        if self.quote:
            words += len(self.quote["text"].split())
        return words

    def body(self, images: dict[int, object], language: str) -> list[tuple[str, object]]:
        """StreamField content: paragraphs, a quote after the second, an image after the fourth."""
        blocks: list[tuple[str, object]] = []
        for number, paragraph in enumerate(self.paragraphs, start=1):
            blocks.append(("paragraph", RichText(f"<p>{escape(paragraph)}</p>")))
            if number == 2 and self.quote:
                blocks.append(("quote", self.quote))
            if number == 4 and self.image_numbers:
                caption = texts.IMAGE_CAPTIONS[self.image_numbers[0] % len(texts.IMAGE_CAPTIONS)]
                blocks.append(
                    (
                        "image",
                        {
                            "image": images[self.image_numbers[0]],
                            "caption": caption[language],
                            "credit": texts.IMAGE_CREDIT[language],
                        },
                    )
                )
        return blocks


def story_slug(headline: str) -> str:
    return slugify(anyascii(headline))[:80].strip("-")


def headline(topic: int, angle: int, language: str) -> str:
    return texts.HEADLINE[language].format(
        topic=texts.TOPICS[topic][language], angle=texts.ANGLES[angle][language]
    )


def story_text(topic: int, angle: int, seed: int, language: str) -> StoryText:
    """The story about TOPICS[topic] from ANGLES[angle]; the same seed gives the same story in every language."""
    rng = random.Random(seed)
    target_words = rng.randint(MIN_WORDS, MAX_WORDS)
    deck: list[int] = []
    paragraphs: list[str] = []
    words = 0
    while words < target_words:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            if not deck:
                deck = list(range(len(texts.SENTENCES)))
                rng.shuffle(deck)
            sentences.append(texts.SENTENCES[deck.pop()][language])
        # The first two paragraphs open by naming someone, as news does.
        if len(paragraphs) < NAMED_PARAGRAPHS:
            sentences.insert(0, cast.named_sentence(rng, language))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    quote_choice = rng.randrange(len(texts.QUOTES) + 1)
    quote = None
    if quote_choice < len(texts.QUOTES):
        chosen = texts.QUOTES[quote_choice]
        quote = {"text": chosen["text"][language], "attribution": chosen["attribution"][language]}
    tags = rng.sample(range(len(texts.TAGS)), rng.randint(1, 3))
    authors = rng.sample(range(len(texts.AUTHORS)), rng.choice([0, 1, 1, 1, 2]))
    return StoryText(
        headline=headline(topic, angle, language),
        subheadline=texts.SUBHEADLINES[rng.randrange(len(texts.SUBHEADLINES))][language],
        lead=texts.LEADS[rng.randrange(len(texts.LEADS))][language],
        paragraphs=paragraphs,
        quote=quote,
        tag_names=[texts.TAGS[t][language] for t in tags],
        author_slugs=[texts.AUTHORS[a]["slug"] for a in authors],
        image_numbers=[seed % 6 + 1] if rng.random() < 0.6 else [],
    )
