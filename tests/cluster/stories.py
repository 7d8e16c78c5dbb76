"""Twelve short wire stories written for these tests, and a writer for them as input files."""

from __future__ import annotations

from pathlib import Path

STORIES = [
    ("Chile and Peru sign fishing accord",
     "Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed a fishing accord in Lima on Monday. "
     "Boric said the two countries would patrol their shared waters together from next year."),
    ("Egypt hosts Gaza talks",
     "Egyptian Foreign Minister Sameh Shoukry hosted Qatari and American envoys in Cairo on Tuesday for talks on a "
     "ceasefire in Gaza. \"We are closer than we have been for weeks,\" Shoukry told reporters."),
    ("Ghana condemns coup in Niger",
     "Ghana condemned the military coup in Niger on Wednesday and called for the release of President Mohamed Bazoum. "
     "The foreign ministry in Accra said West African leaders would meet in Abuja next week."),
    ("Japan protests Chinese ship",
     "Japan lodged a protest with China on Thursday after a Chinese coast guard ship entered waters near the Senkaku "
     "islands, the foreign ministry in Tokyo said. Beijing rejected the protest."),
    ("Germany pledges aid to Moldova",
     "German Chancellor Olaf Scholz pledged 95 million euros in aid to Moldova during a visit to Chisinau on Friday. "
     "Moldovan President Maia Sandu thanked Berlin for its support."),
    ("Police arrest protesters in Dhaka",
     "Police in Bangladesh arrested dozens of opposition protesters in Dhaka on Saturday, witnesses said. "
     "The opposition party accused the government of trying to silence its supporters before the election."),
    ("Turkey and Greece resume talks",
     "Turkish Foreign Minister Hakan Fidan met Greek Foreign Minister Giorgos Gerapetritis in Athens on Monday. "
     "The two ministers agreed to resume talks on maritime borders, officials said."),
    ("Colombia extends ceasefire",
     "Colombian President Gustavo Petro extended a ceasefire with the ELN rebel group by six months on Tuesday. "
     "The rebels said they would release all hostages before the end of the year."),
    ("India and Australia hold naval drills",
     "India and Australia began joint naval exercises off the coast of Darwin on Wednesday, the Indian navy said. "
     "Australian Defence Minister Richard Marles said the drills would strengthen cooperation between the two navies."),
    ("Ukraine accuses Russia of strike on port",
     "Ukraine accused Russia on Thursday of striking grain facilities in the port of Odesa overnight. "
     "The Kremlin denied that its forces had targeted civilian infrastructure."),
    ("Kenya sends police to Haiti",
     "Kenyan President William Ruto said on Friday that Kenya would send 1,000 police officers to Haiti. "
     "Haitian Prime Minister Ariel Henry welcomed the decision."),
    ("Brazil warns on Amazon fires",
     "Brazilian Environment Minister Marina Silva warned on Saturday that fires in the Amazon could rise in the dry season. "
     "The government will hire more firefighters next month, she said."),
]


def write_stories(folder: Path, indexes=range(len(STORIES))) -> list[Path]:
    """The chosen stories as text files (headline, dateline and body), one per story, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indexes:
        title, text = STORIES[i]
        paths.append(folder / f"story_{i:02d}.txt")
        paths[-1].write_text(f"{title}\n\nBy Staff Reporter\nJuly {i + 3}, 2023\n\n{text}\n", encoding="utf-8")
    return paths

