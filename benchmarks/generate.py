"""Generate a reproducible corpus of synthetic invitations and InMails for benchmarks.

Sentences are drawn from fixed pools with a seeded RNG, so every run lints
the same 2,000 invitations and 1,000 InMails.
"""
from __future__ import annotations

import random
from pathlib import Path

NAMES = ["Dana", "Lee", "Priya", "Marcus", "Ana", "Jo", "Sam", "Kim", "Ravi", "Elena", "Tomás", "Aiko"]
TOPICS = ["usage-based pricing", "churn cohorts", "warehouse robotics", "pipeline reviews", "SOC 2 audits",
          "onboarding metrics", "hiring your first SDR", "data contracts", "clinic intake", "returns flows"]
EVENTS = ["SaaStr", "DevOpsDays", "Web Summit", "the RevOps meetup", "your podcast", "the Lenny's Newsletter AMA"]
OPENERS = [
    "Hi {name}, your talk at {event} on {topic} changed how I think about renewals.",
    "Hi {name}, we share {n} connections so we should connect.",
    "Hello {name}, I came across your profile and was impressed by your background.",
    "{name}, I just wanted to reach out in order to introduce myself.",
    "Hi {name}, I'd like to add you to my professional network on LinkedIn.",
    "Hey {name}! Loved your post about {topic}.",
]
MIDDLES = [
    "We measured the same thing across {n} teams this spring and the fastest ones cut it by a third.",
    "I'm the #1 rated consultant in my region and our award-winning team helps companies like yours.",
    "We just launched our new platform for {topic} and I thought of you.",
    "Due to the fact that you lead the team, I have one question about {topic}.",
    "I run a small agency and I help founders with {topic}, which I love doing every single day.",
    "The write-up is two pages and covers the three changes that mattered most.",
]
CLOSES = [
    "Would you be open to connecting?",
    "Let me know.",
    "Can we hop on a quick call this week?",
    "Would the summary be useful?",
    "Hope to hear from you soon!!",
    "Could I ask you one question about it by message?",
]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(name=rng.choice(NAMES), topic=rng.choice(TOPICS), event=rng.choice(EVENTS), n=rng.randint(3, 60))


def invitation(rng: random.Random) -> str:
    return " ".join(_fill(rng.choice(pool), rng) for pool in (OPENERS, MIDDLES, CLOSES))


def inmail(rng: random.Random) -> tuple[str, str]:
    paragraphs = [_fill(rng.choice(OPENERS), rng)]
    for _ in range(rng.randint(2, 4)):
        paragraphs.append(" ".join(_fill(rng.choice(MIDDLES), rng) for _ in range(rng.randint(1, 3))))
    paragraphs.append(_fill(rng.choice(CLOSES), rng))
    return f"Quick question on {rng.choice(TOPICS)}", "\n\n".join(paragraphs)


def generate(directory: Path, invitations: int = 2000, inmails: int = 1000, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(invitations):
        path = directory / f"invite-{i:04d}.txt"
        path.write_text(f"Kind: invitation\n\n{invitation(rng)}\n", encoding="utf-8")
        paths.append(path)
    for i in range(inmails):
        subject, body = inmail(rng)
        path = directory / f"inmail-{i:04d}.txt"
        path.write_text(f"Kind: inmail\nSubject: {subject}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths
