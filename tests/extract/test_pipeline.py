"""End-to-end extraction on the real model: one table row per phenomenon, traps included."""

from __future__ import annotations

import pytest

from graphkit.errors import InputError
from graphkit.extract import extract_documents, extract_statements
from graphkit.extract.pipeline import chunk_text
from graphkit.types import Document

# (text, statements that must be there, statements that must not)
# a statement is (subject label, relation, object label, negated, asserted)
TABLE = [
    ("Russia invaded Ukraine in February.", {("Russia", "invades", "Ukraine", False, True)}, set()),
    ("Ukraine was attacked by Russia.", {("Russia", "attacks", "Ukraine", False, True)}, set()),
    (
        "Beijing criticized Washington over the sanctions.",  # capitals -> states
        {("China", "criticizes", "United States", False, True)},
        set(),
    ),
    (
        "China refused to condemn Russia.",  # negated hostility: never asserted
        {
            ("China", "condemns", "Russia", True, False),
            ("China", "refusesToCondemn", "Russia", False, True),
        },
        {("China", "condemns", "Russia", False, True)},
    ),
    (
        "China did not condemn Russia.",
        {("China", "condemns", "Russia", True, False)},
        {
            ("China", "refusesToCondemn", "Russia", False, True),
            ("China", "condemns", "Russia", False, True),
        },
    ),
    (
        "Beijing has carefully avoided blaming Moscow for the violence.",
        {
            ("China", "blames", "Russia", True, False),
            ("China", "refusesToCondemn", "Russia", False, True),
        },
        {("China", "blames", "Russia", False, True)},
    ),
    (
        "Japan said China attacked Vietnam.",  # a claim is not a fact
        {("China", "attacks", "Vietnam", False, False), ("Japan", "accuses", "China", False, True)},
        {("China", "attacks", "Vietnam", False, True)},
    ),
    (
        "According to Japan, China attacked Vietnam.",
        {("China", "attacks", "Vietnam", False, False)},
        {("China", "attacks", "Vietnam", False, True)},
    ),
    (
        "France and Germany condemned Russia.",  # coordinated subjects
        {
            ("France", "condemns", "Russia", False, True),
            ("Germany", "condemns", "Russia", False, True),
        },
        set(),
    ),
    (
        "Russia's invasion of Ukraine continued.",  # nominalisation
        {("Russia", "invades", "Ukraine", False, True)},
        set(),
    ),
    (
        "China gave tacit support for Moscow's invasion.",
        {("China", "supports", "Russia", False, True)},
        set(),
    ),
    (
        "Iran threatened to attack Israel.",
        {("Iran", "threatens", "Israel", False, True)},
        {("Iran", "attacks", "Israel", False, True)},
    ),
    (
        "Chinese media accused the U.S. of fueling the conflict.",  # demonym modifier
        {("China", "accuses", "United States", False, True)},
        set(),
    ),
    (
        "Ukrainian Foreign Minister Dmytro Kuleba criticized Russia.",  # title affiliation
        {("Ukraine", "criticizes", "Russia", False, True)},
        set(),
    ),
    (
        "Turkey will support the sanctions on Iran.",  # a promise of hostility: a threat
        {("Turkey", "threatens", "Iran", False, True)},
        {("Turkey", "agreesWith", "Iran", False, True)},  # no agreement with the sanctioned
    ),
    (
        "Egyptian police opened fire on demonstrators.",  # light verb + act noun
        {("Egypt", "attacks", "demonstrators", False, True)},
        set(),
    ),
    (
        "Israel has strengthened its forces in Lebanon.",  # locative target of mobilization
        {("Israel", "mobilizesAgainst", "Lebanon", False, True)},
        set(),
    ),
    (
        "Russia threatened to stop the talks if the United States deploys new missiles.",
        {("Russia", "threatens", "United States", False, True)},  # target in the condition
        set(),
    ),
    (
        "Nigeria announced that it will withdraw its troops from Chad unless the rebels agree.",
        {("Nigeria", "threatens", "Chad", False, True)},  # conditional future: a threat
        {("Nigeria", "withdrawsFrom", "Chad", False, True)},
    ),
    (
        "Israel will evacuate all settlements in the Gaza Strip.",  # territory -> state
        {("Israel", "agreesWith", "Palestine", False, True)},
        set(),
    ),
    (
        "Chechen refugees began a hunger strike in protest of the Russian government's decision.",
        {("Chechen refugees", "protestsAgainst", "Russia", False, True)},
        set(),
    ),
    (
        "British Foreign Secretary Boris Johnson said:\n\nWe condemn ISIL.",  # introduced speech
        {("United Kingdom", "condemns", "Islamic State", False, True)},
        set(),
    ),
    (
        # a demonym in the title names the state, before the salient-state fallback
        "Greece hosted Italy on Monday. Greece also met Spain in Athens. Chinese Foreign "
        "Ministry spokesperson Wang Lei accused the European Union of hypocrisy.",
        {("China", "accuses", "European Union", False, True)},
        {("Greece", "accuses", "European Union", False, True)},
    ),
    (
        "Greece hosted Italy on Monday. Greece also met Spain in Athens. China's Foreign "
        "Ministry spokesperson Zhang Hui condemned NATO.",
        {("China", "condemns", "NATO", False, True)},
        {("Greece", "condemns", "NATO", False, True)},
    ),
    (
        "Greece hosted Italy on Monday. Greece also met Spain in Athens. The Russian defence "
        "ministry spokesperson Igor Petrov accused NATO of provocation.",
        {("Russia", "accuses", "NATO", False, True)},
        {("Greece", "accuses", "NATO", False, True)},
    ),
    (
        "Syria seized the tanks last week. NATO will destroy the equipment before it "
        "threatens Iraq.",  # "it" is the equipment, the nearer thing, not NATO
        set(),
        {("NATO", "threatens", "Iraq", False, True), ("Syria", "threatens", "Iraq", False, True)},
    ),
    (
        "NATO met on Monday. It condemned Russia.",  # no nearer thing: "it" is NATO
        {("NATO", "condemns", "Russia", False, True)},
        set(),
    ),
    (
        "The European Union met in Brussels. It imposed sanctions on Russia.",
        {("European Union", "sanctions", "Russia", False, True)},  # a place is no antecedent
        {("Belgium", "sanctions", "Russia", False, False)},
    ),
    (
        "Iran is targeting the training with Iraq.",  # "with": a companion, not the target
        set(),
        {("Iran", "targets", "Iraq", False, True)},
    ),
    (
        "Palestinian leaders said they would boycott all official contact with the United "
        "States.",  # "contact with X" is a relation with X
        {("Palestine", "threatens", "United States", False, True)},
        set(),
    ),
    (
        "The new Syria sanctions listings apply further pressure on Iran.",
        set(),  # a compound inside a compound is no agent
        {("Syria", "demands", "Iran", False, True)},
    ),
    (
        "The operation was executed by NATO forces in November to reduce the flow of foreign "
        "insurgents crossing the border and joining the Iraqi insurgency.",
        set(),  # the insurgents join, not NATO; an insurgency is not its state
        {("NATO", "alignsWith", "Iraq", False, True)},
    ),
    (
        "Special Envoy for the European Union Brett McGurk will meet with Japan on Monday.",
        set(),  # an envoy *for* a body: a portfolio, not whom he speaks for
        {("European Union", "meetsWith", "Japan", False, True)},
    ),
    (
        "Qanbar was a compromise choice after the U.S. military rejected Maliki's first "
        "choice, Mohan al-Freiji.[2] Qanbar announced the details of the new security plan "
        "on live Iraqi television on February 13.[4]",  # a footnote marker ends a sentence
        set(),
        {("Qanbar", "accuses", "United States", False, True)},
    ),
    (
        "Norway hosted talks between Colombia and Venezuela.",  # the host deals with both
        {
            ("Norway", "negotiatesWith", "Colombia", False, True),
            ("Norway", "negotiatesWith", "Venezuela", False, True),
            ("Colombia", "negotiatesWith", "Venezuela", False, True),
        },
        set(),
    ),
    (
        "The European Union reiterated its demand that Russia withdraw its troops.",
        {("European Union", "demands", "Russia", False, True)},  # a demanded act is not done
        {("Russia", "withdrawsFrom", None, False, True)},
    ),
    (
        "The UN reiterated its call for Israel to ease restrictions.",
        {("United Nations", "callsOn", "Israel", False, True)},
        set(),
    ),
    (
        "The United States renewed its appeal to Iran to release the prisoners.",
        {("United States", "callsOn", "Iran", False, True)},  # the release is asked for
        {
            ("United States", "concedesTo", "prisoners", False, True),
            ("United States", "supports", "prisoners", False, True),
        },
    ),
    (
        "The Russia-Ukraine war has lasted three years.",  # "X-Y war": in text order
        {("Russia", "fightsAgainst", "Ukraine", False, True)},
        {("Ukraine", "fightsAgainst", "Russia", False, True)},
    ),
    (
        "Ukraine defended Kyiv from Russian attacks.",  # the defender opposes the threat
        {("Ukraine", "opposes", "Russia", False, True)},
        set(),
    ),
    (
        "Ukraine defended itself against Russia.",  # the threat is never the one defended
        {("Ukraine", "opposes", "Russia", False, True)},
        {("Ukraine", "supports", "Russia", False, True)},
    ),
    (
        "China supported Russia against the West.",  # backing X against Y: opposing Y
        {
            ("China", "supports", "Russia", False, True),
            ("China", "opposes", "the West", False, True),
        },
        set(),
    ),
    (
        "The coalition is assisting the Iraqi government to degrade and destroy ISIL.",
        {  # the helper of a hostile act opposes its target; the act stays the helped one's
            ("Coalition", "providesAidTo", "Iraq", False, True),
            ("Iraq", "attacks", "Islamic State", False, True),
            ("Coalition", "opposes", "Islamic State", False, True),
        },
        {("Coalition", "attacks", "Islamic State", False, True)},
    ),
    (
        "The United States is helping Ukraine to defend itself against Russia.",
        {("United States", "opposes", "Russia", False, True)},
        {("Ukraine", "supports", "Russia", False, True)},
    ),
    (
        "A spokesperson for NATO said Russia attacked Ukraine.",  # speaks for NATO: a claim
        {
            ("NATO", "accuses", "Russia", False, True),
            ("Russia", "attacks", "Ukraine", False, False),
        },
        {("Russia", "attacks", "Ukraine", False, True)},
    ),
    (
        "The UN envoy for Syria said Russia attacked Ukraine.",  # "envoy for": a portfolio
        {("United Nations", "accuses", "Russia", False, True)},
        {("Syria", "accuses", "Russia", False, True)},
    ),
    (
        # the bare "Foreign Office" is the UK's, whatever state the text is about
        "Syria and Syria's people suffer, Foreign Office Minister Tobias Ellwood said. "
        "The Foreign Office criticized Assad.",
        {("United Kingdom", "criticizes", "Bashar al-Assad", False, True)},
        {("Syria", "criticizes", "Bashar al-Assad", False, True)},
    ),
    (
        # a title found later names the body for the earlier mention of the same person
        "Minister Tobias Ellwood condemns ISIL. Foreign Office Minister Tobias Ellwood spoke.",
        {("United Kingdom", "condemns", "Islamic State", False, True)},
        {("Tobias Ellwood", "condemns", "Islamic State", False, True)},
    ),
    (
        # an official's "our" is the body spoken for (an act done to the person is not)
        'NATO Secretary-General Jens Stoltenberg said: "We thank our partners, especially Japan."',
        {("Japan", "partnersWith", "NATO", False, True), ("NATO", "praises", "Japan", False, True)},
        {("Japan", "partnersWith", "Jens Stoltenberg", False, True)},
    ),
    (
        "Russia sanctioned Ukrainian Foreign Minister Dmytro Kuleba.",  # the person is targeted
        {("Russia", "sanctions", "Dmytro Kuleba", False, True)},
        {("Russia", "sanctions", "Ukraine", False, True)},
    ),
    (
        "Germany's Foreign Office and the German Foreign Office criticized Russia.",
        {("Germany", "criticizes", "Russia", False, True)},
        {("United Kingdom", "criticizes", "Russia", False, True)},
    ),
    (
        "India resisted pressure to condemn Russia.",  # a rejected motion: refused, not done
        {
            ("India", "condemns", "Russia", True, False),
            ("India", "refusesToCondemn", "Russia", False, True),
        },
        {("India", "condemns", "Russia", False, True)},
    ),
    (
        "China voted against a resolution condemning Russia.",
        {("China", "refusesToCondemn", "Russia", False, True)},
        {("China", "condemns", "Russia", False, True)},
    ),
    (
        "Turkey opposed a proposal to expel Russia from the council.",
        set(),  # no hostility toward Russia is invented
        {
            ("Turkey", "sanctions", "Russia", False, True),
            ("Turkey", "opposes", "Russia", False, True),
        },
    ),
    (
        "Brazil rejected calls to sanction Russia.",  # misparsed: Russia "in apposition"
        set(),
        {("Brazil", "rejects", "Russia", False, True)},
    ),
    (
        "Russia rejected calls by the US to withdraw.",  # the caller is the one rejected
        {("Russia", "rejects", "United States", False, True)},
        {("Russia", "withdrawsFrom", None, False, True)},
    ),
    (
        "Poland stands by Ukraine.",  # a multi-word verb's own particle introduces the object
        {("Poland", "supports", "Ukraine", False, True)},
        set(),
    ),
    (
        "Russia received support from China.",  # a source, not a threat: the giver's
        {("China", "supports", "Russia", False, True)},
        {("Russia", "opposes", "China", False, True)},
    ),
    (
        "The EU called for sanctions on Iran.",  # asked for, not imposed: a verbal stance
        {("European Union", "opposes", "Iran", False, True)},
        {("European Union", "sanctions", "Iran", False, True)},
    ),
    (
        "Russia pushed Ukraine to accept the deal.",  # Ukraine is to accept; nobody has
        {("Russia", "demands", "Ukraine", False, True)},
        {("Russia", "agreesWith", None, False, True)},
    ),
    (
        "Iran denied supplying drones to Russia.",  # a denied act is negated, never asserted
        {("Iran", "providesWeaponsTo", "Russia", True, False)},
        {("Iran", "providesWeaponsTo", "Russia", False, True)},
    ),
    (
        "Russia has never attacked NATO, the Kremlin said.",  # "the Kremlin" mid-sentence
        {("Russia", "attacks", "NATO", True, False)},
        {("Kremlin", "accuses", "Russia", False, True)},
    ),
    (
        "Ukraine accused the Kremlin of war crimes.",
        {("Ukraine", "accuses", "Russia", False, True)},
        set(),
    ),
    (
        "Germany will not send weapons to Ukraine, Chancellor Olaf Scholz said.",
        set(),  # maybe his own government's decision: no accusation derived from it
        {("Olaf Scholz", "accuses", "Germany", False, True)},
    ),
    (
        "NATO's partners condemned Russia.",  # the partners are not NATO
        {("partners of NATO", "condemns", "Russia", False, True)},
        {("NATO", "condemns", "Russia", False, True)},
    ),
    (
        "Ukraine's allies pledged more air defence systems.",
        set(),
        {("Ukraine", "agreesWith", None, False, True)},
    ),
    (
        "Venezuela expelled the Spanish ambassador.",  # the envoy stands for Spain
        {("Venezuela", "cutsTiesWith", "Spain", False, True)},
        set(),
    ),
    (
        "The United States and the Philippines held joint naval drills.",
        {("United States", "cooperatesWith", "Philippines", False, True)},
        set(),
    ),
    (
        "Pakistan and Afghanistan exchanged fire at the border.",
        {("Pakistan", "fightsAgainst", "Afghanistan", False, True)},
        set(),
    ),
    (
        "Turkey refrained from criticizing Russia.",  # refraining is refusing
        {
            ("Turkey", "criticizes", "Russia", True, False),
            ("Turkey", "refusesToCondemn", "Russia", False, True),
        },
        {("Turkey", "criticizes", "Russia", False, True)},
    ),
    (
        "The United States stopped short of accusing China.",  # a multi-word refusal
        {
            ("United States", "accuses", "China", True, False),
            ("United States", "refusesToCondemn", "China", False, True),
        },
        {("United States", "accuses", "China", False, True)},
    ),
    (
        "Germany shied away from criticizing China.",
        {("Germany", "refusesToCondemn", "China", False, True)},
        {("Germany", "criticizes", "China", False, True)},
    ),
    (
        "Rather than condemning Moscow, Beijing called for talks.",  # the road not taken
        {("China", "condemns", "Russia", True, False)},
        {("China", "condemns", "Russia", False, True)},
    ),
    (
        "If Russia attacks NATO, the alliance will respond.",  # a condition, not an event
        {("Russia", "attacks", "NATO", False, False)},
        {("Russia", "attacks", "NATO", False, True)},
    ),
    (
        "Russia may have attacked Ukraine.",  # speculation is not asserted
        {("Russia", "attacks", "Ukraine", False, False)},
        {("Russia", "attacks", "Ukraine", False, True)},
    ),
    (
        "Ivan Petrov said Russia would retaliate against NATO.",  # his own side, perhaps
        {("Russia", "threatens", "NATO", False, False)},
        {("Ivan Petrov", "accuses", "Russia", False, True)},
    ),
    (
        "Putin said Russia would retaliate against NATO.",  # a KB leader speaks for Russia
        {("Russia", "threatens", "NATO", False, True)},
        {
            ("Vladimir Putin", "accuses", "Russia", False, True),
            ("Russia", "accuses", "Russia", False, True),
        },
    ),
    (
        "Lavrov accused Ukraine of sabotage. Jake Sullivan met Wang Yi. Sullivan criticized China.",
        {  # KB leaders and officials (a surname after the full name too) speak for their state
            ("Russia", "accuses", "Ukraine", False, True),
            ("United States", "meetsWith", "Wang Yi", False, True),
            ("United States", "criticizes", "China", False, True),
        },
        {("Sergey Lavrov", "accuses", "Ukraine", False, True)},
    ),
    (
        "Hafez al-Assad attacked Israel. The UK sanctioned Assad.",
        {  # a longer name is another person; an act done to a leader targets the person
            ("Hafez al-Assad", "attacks", "Israel", False, True),
            ("United Kingdom", "sanctions", "Bashar al-Assad", False, True),
        },
        {("Syria", "attacks", "Israel", False, True)},
    ),
    (
        "The Asad regime used chemical weapons against the Syrian people.",
        {("Bashar al-Assad", "attacks", "Syria", False, True)},  # a leader on their own people
        set(),
    ),
    (
        "Ash Carter visited U.S. troops at Qayyarah Airfield West.",  # "West" needs "the"
        {("Ash Carter", "visits", "United States", False, True)},  # a leader on their troops
        {("United States", "visits", "the West", False, True)},
    ),
    (
        "In Turkey Minister Tobias Ellwood met with the Syrian National Coalition.",
        {("Tobias Ellwood", "meetsWith", "Syrian National Coalition", False, True)},
        {("Turkey", "meetsWith", "Syrian National Coalition", False, True)},  # a place
    ),
    (
        "Biden warned Putin against invading Ukraine.",  # Putin would act; it is warned off
        {("United States", "warns", "Vladimir Putin", False, True)},
        {
            ("United States", "threatens", "Ukraine", False, True),
            ("Russia", "invades", "Ukraine", False, True),
        },
    ),
    (
        "NATO prevented Russia from attacking Poland.",  # a prevented act did not happen
        {("Russia", "attacks", "Poland", True, False)},
        {("Russia", "attacks", "Poland", False, True), ("NATO", "attacks", "Poland", False, True)},
    ),
    (
        "NATO allies stopped short of condemning Turkey. US allies condemned Russia.",
        {  # "NATO allies" are NATO's members; "US allies" a group of others
            ("NATO", "refusesToCondemn", "Turkey", False, True),
            ("allies of United States", "condemns", "Russia", False, True),
        },
        {("United States", "condemns", "Russia", False, True)},
    ),
    (
        "Beijing hopes Washington will stop arming Taiwan.",  # a wish, not an act
        set(),
        {
            ("United States", "agreesWith", "Taiwan", False, True),
            ("United States", "rejects", "Taiwan", False, True),
            ("United States", "providesWeaponsTo", "Taiwan", False, True),
        },
    ),
    (
        "Washington will stop arming Taiwan.",  # a stopped act is recorded like a refusal
        {
            ("United States", "providesWeaponsTo", "Taiwan", True, False),
            ("United States", "rejects", "Taiwan", False, True),
        },
        {("United States", "agreesWith", "Taiwan", False, True)},
    ),
    (
        "Russian missiles struck Lviv overnight.",  # a city stands for its state, as a place
        {("Russia", "attacks", "Ukraine", False, False)},
        {("Russia", "attacks", "Lviv", False, True)},
    ),
    (
        "Putin's spokesman Dmitry Peskov said the West was waging war on Russia. "
        "Scholz's government approved arms deliveries to Ukraine. "
        "The Biden administration criticized China.",
        {  # a leader's spokesman, government or administration speaks for the leader's state
            ("Russia", "accuses", "the West", False, True),
            ("Germany", "agreesWith", "Ukraine", False, True),
            ("United States", "criticizes", "China", False, True),
        },
        {("Olaf Scholz", "agreesWith", "Ukraine", False, True)},
    ),
    (
        "Brussels imposed new sanctions on Moscow. Russia launched an attack on Kyiv.",
        {  # "on" + capital is the target state, not a place; Brussels is the EU
            ("European Union", "sanctions", "Russia", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("Belgium", "sanctions", "Russia", False, True)},
    ),
    (
        "U.S. airstrikes killed al-Qaida operatives. The European Community sanctioned Iraq.",
        {  # a name written with a lower-case "al-", and the EU under its former name
            ("United States", "attacks", "al-Qaeda", False, True),
            ("European Union", "sanctions", "Iraq", False, True),
        },
        {("United States", "attacks", "al-Qaida", False, True)},
    ),
    (
        "China has yet to condemn Russia.",  # not (yet) done
        {("China", "condemns", "Russia", True, False)},
        {("China", "condemns", "Russia", False, True)},
    ),
    (
        "Neither China nor India condemned Russia.",
        {
            ("China", "condemns", "Russia", True, False),
            ("India", "condemns", "Russia", True, False),
        },
        {
            ("China", "condemns", "Russia", False, True),
            ("India", "condemns", "Russia", False, True),
        },
    ),
    (
        "Turkey criticized Russia without sanctioning it. Far from condemning Russia, China "
        "praised its restraint.",
        {
            ("Turkey", "criticizes", "Russia", False, True),
            ("Turkey", "sanctions", "Russia", True, False),
        },
        {
            ("Turkey", "sanctions", "Russia", False, True),
            ("China", "condemns", "Russia", False, True),
        },
    ),
    (
        "It is unlikely that Iran will attack Israel. Syria is likely to attack Israel. "
        "Russia allegedly attacked Ukraine.",
        {("Russia", "attacks", "Ukraine", False, False)},  # speculation and hedges: kept
        {
            ("Iran", "threatens", "Israel", False, True),
            ("Syria", "attacks", "Israel", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
    ),
    (
        "EU foreign ministers demanded the withdrawal of Serbian forces from Bosnia.",
        {("European Union", "demands", "Serbia", False, True)},  # a demanded act is not done
        {("European Union", "withdrawsFrom", "Bosnia and Herzegovina", False, True)},
    ),
    (
        "Iran-backed militias attacked US troops. US-trained Syrian rebels fought ISIL. "
        "Vietnamese-led forces captured Phnom Penh.",
        {  # a backer backs a group of its own; a leader ("X-led") acts through its forces
            ("Iran", "supports", "Iran-backed militias", False, True),
            ("Iran-backed militias", "attacks", "United States", False, True),
            ("United States", "providesAidTo", "Syrian rebels", False, True),
            ("Syrian rebels", "fightsAgainst", "Islamic State", False, True),
            ("Vietnam", "attacks", "Cambodia", False, True),
        },
        {
            ("Iran", "attacks", "United States", False, True),
            ("United States", "fightsAgainst", "Islamic State", False, True),
            ("Syria", "fightsAgainst", "Islamic State", False, True),
        },
    ),
    (
        "Ukraine was accused by Russia of attacking Poland. Belarus was accused of attacking "
        "Lithuania. Hungary was accused by Brussels of blocking aid to Ukraine.",
        {  # a charge is the accuser's claim, named or not; blocked aid is not given
            ("Russia", "accuses", "Ukraine", False, True),
            ("Ukraine", "attacks", "Poland", False, False),
            ("Belarus", "attacks", "Lithuania", False, False),
        },
        {
            ("Ukraine", "attacks", "Poland", False, True),
            ("Belarus", "attacks", "Lithuania", False, True),
            ("European Union", "rejects", "Ukraine", False, False),
            ("European Union", "providesAidTo", "Ukraine", False, False),
            ("Hungary", "providesAidTo", "Ukraine", False, False),
        },
    ),
    (
        "Defense Secretary Jim Morton met Iraqi Prime Minister Ali Hadi in Baghdad. Later, "
        "Morton complimented the prime minister, a Defense Department release said.",
        # the prime minister is Hadi's office; the release is the US's account of a person
        # whose side the text does not give, so a claim
        {("Jim Morton", "praises", "Iraq", False, False)},
        {("Jim Morton", "praises", "United States", False, True)},
    ),
    (
        "King Hassan of Morocco was quoted as saying he would host talks between Israel "
        "and the PLO.",  # the one quoted is the speaker; "King X of Y" speaks for Y
        {  # an offer to host talks: a promise of cooperation
            ("Morocco", "agreesWith", "Israel", False, True),
            ("Morocco", "agreesWith", "Palestine Liberation Organization", False, True),
        },
        {("Hassan", "agreesWith", "Israel", False, True)},
    ),
    (
        "Philip Hammond said: The UK sanctioned Syria. Assad supports ISIL financially.\n\n"
        "We have also agreed to target individuals supplying oil to the regime.",
        {  # after "X said:", the rest of the paragraph is X's words too
            ("United Kingdom", "sanctions", "Syria", False, True),
            ("Syria", "supports", "Islamic State", False, False),
        },
        {  # the individuals supply the regime, not the speaker
            ("Syria", "supports", "Islamic State", False, True),
            ("United Kingdom", "agreesWith", "Syria", False, True),
            ("United Kingdom", "providesAidTo", "Syria", False, True),
        },
    ),
    (
        "Serbian President Boris Tadic promised to reform Serbia.",
        set(),  # a state acting on itself: no edge, the person is not split off
        {("Boris Tadic", "agreesWith", "Serbia", False, True)},
    ),
    (
        "China criticized and sanctioned Japan.",  # coordinated verbs share the object
        {
            ("China", "criticizes", "Japan", False, True),
            ("China", "sanctions", "Japan", False, True),
        },
        set(),
    ),
    (
        "Japanese Foreign Ministry spokesperson Kenji Sato criticized China on Tuesday.",
        {("Japan", "criticizes", "China", False, True)},  # the model tags the name ORG
        {("Kenji Sato", "criticizes", "China", False, True)},
    ),
    (
        "Italy agreed on Tuesday to back Ukraine's bid to join the European Union.",
        {("Italy", "agreesWith", "Ukraine", False, True)},  # a bid is sought, not done
        {
            ("Ukraine", "agreesWith", "European Union", False, True),
            ("Ukraine", "alignsWith", "European Union", False, True),
        },
    ),
    (
        "Vietnamese-led forces launched artillery, mortar, and rocket fire against Kampuchean"
        " guerrilla camps.",  # the phrase on the list's last noun; a former name; a group
        {("Vietnam", "attacks", "Kampuchean guerrillas", False, True)},
        {("Vietnam", "attacks", "Cambodia", False, True)},
    ),
    (
        "In Iraq, Coalition forces conducted 11 strikes using attack, bomber, fighter, and"
        " remotely piloted aircraft as well as rocket artillery against ISIL targets.",
        {("Coalition", "attacks", "Islamic State", False, True)},  # a long list, one step
        set(),
    ),
    (
        "Israel killed a leader of the Palestinian militant group Hamas.",
        {("Israel", "attacks", "Hamas", False, True)},  # the group is named: not the state
        {("Israel", "attacks", "Palestine", False, True)},
    ),
    (
        "The International Labor Office (ILO) reiterated its demand today that Israel ease"
        " restrictions on the movement of Palestinian workers.",  # the clause is the demand's
        {("International Labor Office", "demands", "Israel", False, True)},
        {("Israel", "concedesTo", "International Labor Office", False, False)},  # no "movement"
    ),
    (
        "Russia was accused of shelling civilians by Ukraine.",  # "by" after the act's object
        {("Ukraine", "accuses", "Russia", False, True)},
        {("Russia", "attacks", "civilians", False, True)},
    ),
    (
        "Russia and Ukraine exchanged prisoners on Friday.",  # the prisoners are no partner
        {("Russia", "cooperatesWith", "Ukraine", False, True)},
        {("Russia", "cooperatesWith", "prisoners", False, True)},
    ),
    (
        "The United States designated the Houthis a terrorist organization. Erdogan branded"
        " Israel a terrorist state.",
        {  # a listing is a sanction, a label an accusation
            ("United States", "sanctions", "Houthis", False, True),
            ("Turkey", "accuses", "Israel", False, True),
        },
        set(),
    ),
    (
        "The US designated Ambassador John Smith as its envoy to Kenya.",  # no listing
        set(),
        {
            ("United States", "sanctions", "John Smith", False, True),
            ("United States", "sanctions", "Kenya", False, True),
        },
    ),
    (
        "Russia withdrew its ambassador from Lithuania. Annan said he will withdraw weapons"
        " inspectors from Iraq. Russia withdrew its troops from Ukraine. Paris recalled its"
        " ambassador to Rome.",
        {  # diplomats and inspectors withdrawn cut ties (a promise of it threatens);
            ("Russia", "cutsTiesWith", "Lithuania", False, True),  # troops withdrawn retreat
            ("France", "cutsTiesWith", "Italy", False, True),  # the envoy's post
            ("United Nations", "threatens", "Iraq", False, True),
            ("Russia", "withdrawsFrom", "Ukraine", False, True),
        },
        {("Russia", "withdrawsFrom", "Lithuania", False, True)},
    ),
    (
        "Bangladesh deployed peacekeeping troops to Sierra Leone. Pakistan has refused to"
        " deploy peacekeepers in Iraq.",  # peacekeepers are aid, and refusing them no attack
        {
            ("Bangladesh", "providesAidTo", "Sierra Leone", False, True),
            ("Pakistan", "rejects", "Iraq", False, True),
        },
        {
            ("Bangladesh", "mobilizesAgainst", "Sierra Leone", False, True),
            ("Pakistan", "mobilizesAgainst", "Iraq", True, False),
        },
    ),
    (
        "The US urged its allies to sanction Russia.",  # who asks for an act toward Y
        {("United States", "opposes", "Russia", False, True)},  # takes its side on Y
        {("United States", "sanctions", "Russia", False, True)},
    ),
    (
        "The Arab League urged the European Community to support the PLO. China urged the US"
        " to stop arming Taiwan.",  # asking to stop is no backing
        {("Arab League", "supports", "Palestine Liberation Organization", False, True)},
        {("China", "supports", "Taiwan", False, True), ("China", "opposes", "Taiwan", False, True)},
    ),
    (
        "The Palestinian Liberation Organization (PLO) criticized Israel.",  # a name the KB
        {("Palestine Liberation Organization", "criticizes", "Israel", False, True)},  # lacks
        {("Palestinian Liberation Organization", "criticizes", "Israel", False, True)},
    ),
    (
        "The European Union struck a deal with Turkey on Friday. The ICC issued an arrest"
        " warrant for Vladimir Putin. North Korea shipped artillery shells to Russia.",
        {  # a deal struck is no strike; any weapon shipped is arms supply
            ("European Union", "agreesWith", "Turkey", False, True),
            ("International Criminal Court", "coerces", "Vladimir Putin", False, True),
            ("North Korea", "providesWeaponsTo", "Russia", False, True),
        },
        {("European Union", "attacks", "Turkey", False, True)},
    ),
    (
        "Hungary vetoed an EU aid package for Ukraine. Iran urged France to secure a ceasefire"
        " between Israel and Hezbollah.",  # aid vetoed is not given; a truce asked for is none
        set(),
        {
            ("European Union", "providesAidTo", "Ukraine", False, True),
            ("Israel", "agreesWith", "Hezbollah", False, True),
        },
    ),
    (
        "Talks between Russia and Ukraine resumed in Istanbul.",  # a pair's act that happens
        {("Russia", "negotiatesWith", "Ukraine", False, True)},
        set(),
    ),
    (
        "China denied U.S. allegations that it was supplying weapons to Russia.",
        {  # the allegation's content is the U.S.'s claim, and "it" is not the U.S.
            ("United States", "accuses", "China", False, True),
            ("China", "providesWeaponsTo", "Russia", False, False),
        },
        {("United States", "providesWeaponsTo", "Russia", False, True)},
    ),
    (
        "Putin warned that Moscow could deploy nuclear weapons if NATO sent troops to Ukraine."
        " The EU would lift sanctions on Iran if Tehran complied.",  # a threat; an offer
        {
            ("Russia", "threatens", "Ukraine", False, True),
            ("European Union", "agreesWith", "Iran", False, True),
        },
        {
            ("Russia", "mobilizesAgainst", "Ukraine", False, True),
            ("European Union", "concedesTo", "Iran", False, True),
        },
    ),
    (
        "Russia detained an American journalist, drawing a sharp protest from Washington."
        " Houthi rebels seized a cargo ship linked to an Israeli businessman.",
        {("United States", "protestsAgainst", "Russia", False, True)},  # the protest's author
        {
            ("Russia", "protestsAgainst", None, False, True),
            ("Houthis", "accuses", "Israel", False, True),  # "linked to" only describes
        },
    ),
    (
        "China released two Canadians, hours after Huawei executive Meng Wanzhou was allowed"
        " to leave Canada.",  # the one allowed acts, and a traveller is no retreat
        {("China", "concedesTo", "Canada", False, True)},
        {("China", "withdrawsFrom", "Canada", False, True)},
    ),
    (
        "NATO will deploy four battalions in response to Russia's build-up, Secretary-General"
        " Jens Stoltenberg said.",  # a plan told by someone whose side is unknown
        {("NATO", "threatens", "Russia", False, False)},
        {("Jens Stoltenberg", "accuses", "NATO", False, False)},
    ),
    (
        "Israel pulled its last troops out of southern Lebanon. China deployed warships around"
        " Taiwan on Saturday. Israel struck targets in Syria.",  # "out of"; the place is the
        {  # target of a deployment, and of a state's strike abroad
            ("Israel", "withdrawsFrom", "Lebanon", False, True),
            ("China", "mobilizesAgainst", "Taiwan", False, True),
            ("Israel", "attacks", "Syria", False, True),
        },
        {("Israel", "withdrawsFrom", None, False, True)},
    ),
    (
        "KCNA called South Korean President Yoon Suk Yeol a traitor on Thursday. Russia"
        " described NATO as a threat. Macron called Germany a partner.",
        {  # a pejorative label accuses; a date is no particle ("call on")
            ("KCNA", "accuses", "Yoon Suk Yeol", False, True),
            ("Russia", "accuses", "NATO", False, True),
        },
        {
            ("KCNA", "callsOn", "Yoon Suk Yeol", False, True),
            ("France", "callsOn", "Germany", False, True),
        },
    ),
    (
        "Australia has no plans to impose sanctions on China, Foreign Minister Penny Wong said"
        " on Tuesday. China has plans to invade Taiwan.",  # no plan is no act; a plan threatens
        {
            ("Australia", "sanctions", "China", True, False),
            ("China", "threatens", "Taiwan", False, True),
        },
        {("Australia", "sanctions", "China", False, True)},
    ),
    (
        "Russia rejected a U.S.-backed peace plan. Egypt and Sudan signed an agreement, the"
        " state news agency MENA reported. Chinese and Russian warships began joint exercises,"
        " the Chinese defence ministry said.",  # the sponsor; a medium is no party; a party
        {  # reporting a joint act reports its own
            ("Russia", "rejects", "United States", False, True),
            ("Egypt", "alignsWith", "Sudan", False, True),
            ("Russia", "cooperatesWith", "China", False, True),
        },
        {("Egypt", "alignsWith", "Sudan", False, False)},
    ),
    (
        "Turkey said it would not pull its troops out of northern Iraq, where they are"
        " fighting Kurdish PKK militants.",  # "they": the troops, not the place's state
        {("Turkey", "fightsAgainst", "PKK", False, True)},
        {
            ("Iraq", "fightsAgainst", "PKK", False, False),
            ("Turkey", "accuses", "Iraq", False, True),
        },
    ),
    (
        "Armenia and Azerbaijan have agreed to a Russian-brokered ceasefire. The Houthis"
        " threatened to target any ships linked to Israel.",  # a broker is no party; the
        {  # owner of what is targeted is
            ("Armenia", "agreesWith", "Azerbaijan", False, True),
            ("Houthis", "threatens", "Israel", False, True),
        },
        {("Armenia", "agreesWith", "Russia", False, True)},
    ),
    (
        "Russia sent troops to help Syria. Cuba denied sending troops to help the Sandinista"
        " government.",  # the helped is no target; a purpose shares its act's denial
        {
            ("Russia", "providesAidTo", "Syria", False, True),
            ("Cuba", "providesAidTo", "Sandinista government", True, False),
        },
        {
            ("Russia", "mobilizesAgainst", "Syria", False, True),
            ("Cuba", "providesAidTo", "Sandinista government", False, True),
        },
    ),
    (
        "Iran's Supreme Leader Ayatollah Ali Khamenei said Tehran would retaliate against any"
        " Israeli attack. Moroccan fans celebrated in Paris after their team beat Portugal.",
        {("Iran", "threatens", "Israel", False, True)},  # a title, no "Supreme" organisation
        {  # and a match is no attack
            ("Supreme", "accuses", "Iran", False, True),
            ("France", "attacks", "Portugal", False, True),
        },
    ),
    (
        "Turkey threatened to block the applications of Sweden and Finland to join NATO.",
        {("Turkey", "threatens", "Sweden", False, True)},  # joining is sought, by them
        {("Turkey", "alignsWith", "NATO", False, True)},
    ),
    (
        "India summoned Pakistan's deputy high commissioner. Britain expelled 23 Russian"
        " diplomats.",  # every envoy noun with every diplomatic verb
        {
            ("India", "criticizes", "Pakistan", False, True),
            ("United Kingdom", "cutsTiesWith", "Russia", False, True),
        },
        set(),
    ),
    (
        "NATO called on Thursday for Russia to withdraw. China condemned the U.S. arms sale to"
        " Taiwan.",  # "call for X to V" demands of X; a sale's "to" the parser hung on the verb
        {
            ("NATO", "demands", "Russia", False, True),
            ("United States", "providesWeaponsTo", "Taiwan", False, True),
            ("China", "condemns", "United States", False, True),
        },
        set(),
    ),
    (
        "The United States will not pull its troops out of South Korea. Moscow has refused to"
        " cooperate with the Dutch-led investigation, Dutch prosecutors said. Tehran denied"
        " accusations by Washington that it had provided drones to Russia.",
        {  # staying is no side taken; a party told of the other's act reports a claim; the
            ("Russia", "rejects", "Netherlands", False, False),  # accuser ("by") is no "it"
            ("Netherlands", "accuses", "Russia", False, True),
            ("Iran", "providesWeaponsTo", "Russia", False, False),
        },
        {
            ("United States", "rejects", "South Korea", False, True),
            ("Russia", "rejects", "Netherlands", False, True),
            ("United States", "providesWeaponsTo", "Russia", False, False),
        },
    ),
    (
        "China and Russia declared a partnership without limits.",
        {("China", "partnersWith", "Russia", False, True)},
        set(),
    ),
    (
        "Russian jets bombed Syrian rebel positions.",
        {("Russia", "attacks", "Syrian rebels", False, True)},
        {("Russia", "attacks", "Syria", False, True)},
    ),
    (
        "Russia refused to sanction Iran or condemn Syria. Iran threatened to close the "
        "Strait of Hormuz and to attack US bases.",
        {  # a refusal and a threat cover every act coordinated under them
            ("Russia", "condemns", "Syria", True, False),
            ("Iran", "threatens", "United States", False, True),
        },
        {
            ("Russia", "condemns", "Syria", False, True),
            ("Iran", "attacks", "United States", False, True),
        },
    ),
    (
        "The UK is committed to supporting Iraq and to defeating ISIL.",
        {  # a commitment is an intent, as "determined to" is
            ("United Kingdom", "agreesWith", "Iraq", False, True),
            ("United Kingdom", "threatens", "Islamic State", False, True),
        },
        {
            ("United Kingdom", "supports", "Iraq", False, True),
            ("United Kingdom", "attacks", "Islamic State", False, True),
        },
    ),
    (
        "Minister Tobias Ellwood said: The UK is committed to supporting the Iraqi "
        "government against the terrorism of ISIL.",
        # an official of no known state reporting a state's own stance speaks for it
        {("United Kingdom", "threatens", "Islamic State", False, True)},
        {("Tobias Ellwood", "accuses", "United Kingdom", False, False)},  # no accusation
    ),
    (
        "Poland stands side by side with Ukraine. The United States continues to stand "
        "shoulder to shoulder with the Iraqi people.",
        {
            ("Poland", "supports", "Ukraine", False, True),
            ("United States", "supports", "Iraq", False, True),
        },
        set(),
    ),
    (
        "Brazil criticized the invasion of Ukraine. India opposed the sanctions against "
        "Russia. Japan backed the sanctions against Russia.",
        {("Japan", "opposes", "Russia", False, True)},  # who backs a hostile act opposes
        {  # judging an act whose doer is unnamed is not doing it, nor hostility to its target
            ("Brazil", "invades", "Ukraine", False, True),
            ("Brazil", "criticizes", "Ukraine", False, True),
            ("India", "opposes", "Russia", False, True),
            ("Japan", "sanctions", "Russia", False, True),
        },
    ),
    (
        "China neither condemned Russia nor sanctioned Iran. India has not condemned, "
        "sanctioned or criticized Russia. Russia did not attack Ukraine but shelled Georgia.",
        {  # a list of verbs shares its negation; "but" and another verb form do not
            ("China", "condemns", "Russia", True, False),
            ("China", "sanctions", "Iran", True, False),
            ("India", "condemns", "Russia", True, False),
            ("India", "sanctions", "Russia", True, False),
            ("India", "criticizes", "Russia", True, False),
            ("Russia", "attacks", "Georgia", False, True),
        },
        {
            ("China", "condemns", "Russia", False, True),
            ("China", "sanctions", "Iran", False, True),
            ("India", "sanctions", "Russia", False, True),
            ("India", "criticizes", "Russia", False, True),
        },
    ),
    (
        "Beijing rejected accusations that it supplies weapons to Russia.",
        {("China", "providesWeaponsTo", "Russia", False, False)},  # the accusers' claim
        {("China", "rejects", "Russia", False, True)},  # rejecting a claim refuses nothing
    ),
    (
        "It is false that Russia invaded Ukraine. Analysts say China could invade Taiwan. "
        "Moscow could deploy nuclear weapons if NATO sent troops to Ukraine.",
        {
            ("Russia", "invades", "Ukraine", True, False),
            ("China", "invades", "Taiwan", False, False),  # a possibility, not an act
            ("Russia", "threatens", "Ukraine", False, True),  # "could ... if": a threat
        },
        {
            ("Russia", "invades", "Ukraine", False, True),
            ("China", "invades", "Taiwan", False, True),
        },
    ),
    (
        "The attack on Israel was condemned by the United States. Israel Katz, the foreign "
        "minister, criticized Turkey.",
        {("Israel", "criticizes", "Turkey", False, True)},  # Turkey parsed as an adverb
        {
            ("United States", "attacks", "Israel", False, True),
            ("United States", "condemns", "Israel", False, True),
        },
    ),
    (
        "Iran seized a British-flagged tanker. Houthi rebels attacked an Israeli-owned ship. "
        "The Chinese coast guard fired water cannon at a Philippine vessel. Iraq's Republican "
        "Guard attacked Kuwait.",
        {  # the flag or the owner of a ship is its state; a guard is a state's organ
            ("Iran", "coerces", "United Kingdom", False, True),  # a ship seized: coercion
            ("Houthis", "attacks", "Israel", False, True),
            ("China", "attacks", "Philippines", False, True),
            ("Iraq", "attacks", "Kuwait", False, True),  # a named organ with its state's 's
        },
        {("Iran", "attacks", "United Kingdom", False, True)},
    ),
    (
        "Israel Adesanya criticized Brazil. Georgia Meloni praised Ukraine. Israel attacked "
        "Hamas. Adesanya defended his title against a Brazilian challenger.",
        {  # a person's name that begins with a country's name, tagged as two places
            ("Israel Adesanya", "criticizes", "Brazil", False, True),
            ("Israel", "attacks", "Hamas", False, True),
        },
        {
            ("Israel", "criticizes", "Brazil", False, True),
            ("Georgia", "praises", "Ukraine", False, True),
            ("Israel Adesanya", "opposes", "Brazil", False, True),  # a title fight
        },
    ),
    (
        "The Houthis have not attacked any U.S. warship since Friday, a Pentagon spokesman "
        "said. The United States condemned Iran for supplying weapons to Russia.",
        {
            ("United States", "condemns", "Iran", False, True),
            ("Iran", "providesWeaponsTo", "Russia", False, False),  # the condemner's charge
        },
        {  # restraint reported is no accusation
            ("United States", "accuses", "Houthis", False, True),
            ("Iran", "providesWeaponsTo", "Russia", False, True),
        },
    ),
    (
        "Jordan Bardella, leader of France's far-right National Rally, accused Brussels of "
        "failing to control migration. Sweden extradited two PKK members to Turkey. Turkey "
        "called on Sweden to extradite Kurdish militants. Russia's invasion of Ukraine has "
        "pushed Finland to join NATO.",
        {("Sweden", "cooperatesWith", "Turkey", False, True)},  # handed over to Turkey
        {
            ("France", "protestsAgainst", "National Rally", False, True),  # a name, no rally
            ("Sweden", "cooperatesWith", "PKK", False, True),
            ("Turkey", "supports", "Kurdish militants", False, True),
            ("Russia", "demands", "Finland", False, True),  # the invasion pushed, no demand
            ("Russia", "supports", "NATO", False, True),
        },
    ),
    (
        "Tallinn responded by closing a Russian consulate. Ukraine closed its embassy in Moscow.",
        {  # closing a mission cuts ties with the host or the mission's state
            ("Estonia", "cutsTiesWith", "Russia", False, True),
            ("Ukraine", "cutsTiesWith", "Russia", False, True),
        },
        set(),
    ),
    (
        "Pakistan has refused to recognise the Taliban government, and on Sunday it closed "
        "the Torkham border crossing with Afghanistan.",
        {("Pakistan", "sanctions", "Afghanistan", False, True)},  # "it": the first subject
        {("Taliban", "sanctions", "Afghanistan", False, False)},
    ),
    (
        "Moscow alleged that Ukrainian saboteurs had attacked a village. Brussels imposed "
        "anti-dumping duties on Chinese steel. Iran's seizure of a British tanker angered "
        "London. Ankara and Damascus held talks at a meeting in Moscow.",
        {
            ("Russia", "accuses", "Ukraine", False, True),  # the one the claim is about
            ("European Union", "sanctions", "China", False, True),
            ("Iran", "attacks", "United Kingdom", False, True),
            ("Turkey", "negotiatesWith", "Syria", False, True),  # Moscow is only the venue
        },
        {("Turkey", "negotiatesWith", "Russia", False, False)},
    ),
    (
        "The EU called on Russia to withdraw its troops from Ukraine.",
        {  # Russia is asked to act; its troops are no target of the EU's stance
            ("European Union", "callsOn", "Russia", False, True),
            ("European Union", "supports", "Ukraine", False, True),
        },
        {("European Union", "supports", "Russia", False, True)},
    ),
    (
        "Iran is said to have supplied drones to Russia. Russia is expected to launch a new "
        "offensive against Ukraine.",
        {("Iran", "providesWeaponsTo", "Russia", False, False)},  # hearsay: not asserted
        {
            ("Iran", "providesWeaponsTo", "Russia", False, True),
            ("Russia", "threatens", "Ukraine", False, True),  # others' forecast, no threat
            ("Russia", "attacks", "Ukraine", False, True),
        },
    ),
    (
        "The US sent troops to Poland. NATO deployed troops to Estonia. India moved troops to "
        "its border with China.",
        {("India", "mobilizesAgainst", "China", False, True)},  # across the border
        {  # a force sent to a state is no mobilisation against it
            ("United States", "mobilizesAgainst", "Poland", False, True),
            ("NATO", "mobilizesAgainst", "Estonia", False, True),
        },
    ),
    (
        "China opposed the sanctions imposed on Iran by Washington. The imposition of "
        "sanctions on Venezuela by Washington was criticised by Moscow. Japan backed the "
        "imposition of sanctions on Russia.",
        {  # the named doer is judged, through "the imposition of" too
            ("China", "opposes", "United States", False, True),
            ("Russia", "criticizes", "United States", False, True),
            ("Japan", "opposes", "Russia", False, True),
            ("United States", "sanctions", "Venezuela", False, True),
        },
        {
            ("China", "opposes", "Iran", False, True),
            ("Russia", "criticizes", "Venezuela", False, True),
            ("Japan", "sanctions", "Russia", False, True),  # backing is not imposing
        },
    ),
    (
        "The Taliban pledged not to allow al-Qaeda to use Afghan soil to attack the United "
        "States. Egypt offered to host talks between Hamas and Fatah.",
        set(),
        {  # an act not allowed, talks only offered: neither happened
            ("al-Qaeda", "attacks", "United States", False, True),
            ("Hamas", "negotiatesWith", "Fatah", False, True),
        },
    ),
    (
        "Hungary rejected calls to sanction Russia and condemn Belarus.",
        {("Hungary", "condemns", "Belarus", True, False)},  # the second act called for
        {("Hungary", "condemns", "Belarus", False, True)},
    ),
    (
        "Turkey joined the war against ISIL. Italy supported the embargo on Iran.",
        {
            ("Turkey", "fightsAgainst", "Islamic State", False, True),
            ("Italy", "opposes", "Iran", False, True),
        },
        {
            ("Turkey", "alignsWith", "Islamic State", False, True),
            ("Italy", "supports", "Iran", False, True),
            ("Italy", "sanctions", "Iran", False, True),
        },
    ),
    (
        "Britain welcomed the news that Iraq had held elections. France condemned the "
        "announcement that Iran would enrich uranium.",
        {  # the act told as news is its subject's
            ("United Kingdom", "praises", "Iraq", False, True),
            ("France", "condemns", "Iran", False, True),
        },
        set(),
    ),
    (
        "Brazil beat Argentina 2-1 in the World Cup qualifier. Spain defeated Germany in the "
        "semi-final. India thrashed Pakistan by eight wickets. Lula defeated Bolsonaro in the "
        "runoff. Azerbaijan defeated Armenia in the 2020 war.",
        {("Azerbaijan", "attacks", "Armenia", False, True)},  # a war is fought
        {  # a game or an election won is no attack
            ("Brazil", "attacks", "Argentina", False, True),
            ("Spain", "attacks", "Germany", False, True),
            ("India", "attacks", "Pakistan", False, True),
            ("Brazil", "attacks", "Jair Bolsonaro", False, True),
        },
    ),
    (
        "The United States defeated Russia's draft resolution 13-2 in the Security Council.",
        {("United States", "rejects", "Russia", False, True)},  # a vote, no attack
        {("United States", "attacks", "Russia", False, True)},
    ),
    (
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday. Germany's chancellor "
        "flew to Kyiv. Blinken will travel to Paris for a meeting convened by France. Russian "
        "troops arrived in Mali. Russia flew bombers to Belarus. Putin flew to Moscow.",
        {  # a person's or a delegation's trip to a capital is a visit to its state
            ("India", "visits", "Russia", False, True),
            ("Germany", "visits", "Ukraine", False, True),
            ("United States", "visits", "France", False, False),  # to come: not asserted
        },
        {  # troops and bombers sent are no visit; Paris is where the meeting is, not a party
            ("United States", "visits", "France", False, True),
            ("Russia", "visits", "Mali", False, True),
            ("Russia", "visits", "Belarus", False, True),
            ("United States", "meetsWith", "France", False, False),
            ("Vladimir Putin", "visits", "Russia", False, True),
        },
    ),
    (
        "Will China invade Taiwan before 2027? Is Egypt preparing to strike Ethiopia's dam? "
        "Cairo says no. Russia attacked Ukraine. Why?",
        {("Russia", "attacks", "Ukraine", False, True)},
        {  # a question asks, it asserts nothing
            ("China", "threatens", "Taiwan", False, True),
            ("Egypt", "threatens", "Ethiopia", False, True),
        },
    ),
    (
        "Brooklyn Beckham flew to India for a friend's wedding. Secretary of State James Baker "
        "will travel to Damascus. Typhoon Haiyan hit the Philippines. Tyson Fury beat Francis "
        "Ngannou on a split decision. The Mexican film Roma beat the Polish film Cold War to the "
        "Oscar.",
        {("United States", "visits", "Syria", False, False)},  # a titled official's trip
        {  # a private trip, a storm, a fight and a film award are no stance; the trip is
            ("United States", "visits", "Syria", False, True),  # still to come
            ("Brooklyn Beckham", "visits", "India", False, True),
            ("Typhoon Haiyan", "attacks", "Philippines", False, True),
            ("Tyson Fury", "attacks", "Francis Ngannou", False, True),
            ("Mexico", "attacks", "Poland", False, True),
        },
    ),
    (
        "Al Jazeera quoted a Hamas official as saying Israel had rejected the latest ceasefire "
        "proposal from Egypt. Le Monde reported that, according to a French diplomat, Algeria "
        "had threatened to cut gas supplies to Spain.",
        {  # the one quoted, and the innermost source, own the claim
            ("Israel", "rejects", "Egypt", False, False),
            ("Hamas", "accuses", "Israel", False, True),
            ("Algeria", "threatens", "Spain", False, False),
        },
        {
            ("Israel", "rejects", "Egypt", False, True),
            ("Al Jazeera", "accuses", "Israel", False, True),
            ("Algeria", "threatens", "Spain", False, True),
        },
    ),
    (
        "CNN reported that Israel had attacked Iran. KCNA said the United States had "
        "provoked North Korea.",
        {("Israel", "attacks", "Iran", False, False)},  # a medium's report: its claim, no side
        {
            ("CNN", "accuses", "Israel", False, True),
            ("KCNA", "accuses", "United States", False, True),
        },
    ),
    (
        "Hungary torpedoed the EU's new sanctions package against Russia. Mexico became the "
        "United States' largest trading partner. The mayor of Lebanon, Pennsylvania, welcomed "
        "a delegation from Paris, Texas. Germany's economy was hit hard by the loss of cheap "
        "Russian gas. Chinese tariffs hit American farmers.",
        {("Hungary", "rejects", "European Union", False, True)},  # a blocked package
        {  # the package was not adopted; a statistic, towns, figures of speech
            ("European Union", "sanctions", "Russia", False, True),
            ("Mexico", "partnersWith", "United States", False, True),
            ("Lebanon", "praises", "France", False, True),
            ("Russia", "attacks", "Germany", False, True),
            ("China", "attacks", "United States", False, True),
        },
    ),
    (
        "The United States imposed tariffs on Chinese steel. Beijing lifted punitive tariffs "
        "on Australian wine. Canada dropped its counter-tariffs on US goods.",
        {  # tariffs are sanctions; lifting them concedes
            ("United States", "sanctions", "China", False, True),
            ("China", "concedesTo", "Australia", False, True),
            ("Canada", "concedesTo", "United States", False, True),
        },
        {("China", "sanctions", "Australia", False, True)},
    ),
    (
        "Citing unnamed sources, the Wall Street Journal reported that Egypt was preparing to "
        "supply rockets to Russia. Egypt and Sudan signed an agreement on the Nile, the state "
        "news agency MENA reported.",
        {  # an outlet's scoop is its claim; state media speaking of their state are its voice
            ("Egypt", "agreesWith", "Russia", False, False),
            ("Egypt", "alignsWith", "Sudan", False, True),
        },
        {("Egypt", "agreesWith", "Russia", False, True)},
    ),
    (
        "Eighty years after Germany invaded Poland, leaders met in Warsaw. Diplomats marked the "
        "anniversary of the 1999 NATO bombing of the Chinese embassy. Two days after Russia "
        "attacked Kyiv, Ukraine struck back.",
        {  # history is kept, not asserted; "two days after" is news
            ("Germany", "invades", "Poland", False, False),
            ("NATO", "attacks", "China", False, False),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("Germany", "invades", "Poland", False, True), ("NATO", "attacks", "China", False, True)},
    ),
    (
        "Nigerian scammers targeted American retirees, the FBI said. Somali pirates attacked a "
        "Greek tanker. Bank of America cited stronger oil demand from India.",
        {("Somali pirates", "attacks", "Greece", False, True)},  # criminals are no state
        {
            ("FBI", "accuses", "Nigeria", False, True),
            ("Somalia", "attacks", "Greece", False, True),
            ("Bank of America", "demands", "India", False, True),  # a market's demand
        },
    ),
    (
        "India sent rescue teams to Turkey after the earthquake. Italy and France sent "
        "firefighting planes to Greece. Japan dispatched a medical team to Morocco.",
        {  # relief sent is aid
            ("India", "providesAidTo", "Turkey", False, True),
            ("Italy", "providesAidTo", "Greece", False, True),
            ("France", "providesAidTo", "Greece", False, True),
            ("Japan", "providesAidTo", "Morocco", False, True),
        },
        set(),
    ),
    (
        "Britain announced new sanctions on Russia. The US announced 300 million dollars in aid "
        "for Ethiopia. Biden unveiled a new aid package for Ukraine. Biden discussed sanctions "
        "on Iran. Russia condemned the sanctions package against Cuba.",
        {  # a measure announced is taken; one discussed is not; a judged one is nobody's
            ("United Kingdom", "sanctions", "Russia", False, True),
            ("United States", "providesAidTo", "Ethiopia", False, True),
            ("United States", "providesAidTo", "Ukraine", False, True),
        },
        {
            ("United States", "sanctions", "Iran", False, True),
            ("Russia", "condemns", "Cuba", False, True),
        },
    ),
    (
        "The EU signed a trade deal with South America's Mercosur bloc. Seoul's mayor visited "
        "Paris. Sweden considered sending Gripen jets to Ukraine. The US is weighing sanctions "
        "on China. Hungary blocked an EU statement condemning China. Sixty percent of Poles "
        "want Warsaw to send more fighter jets to Ukraine.",
        {("Hungary", "refusesToCondemn", "China", False, True)},  # the blocker refuses
        {  # a region, a city's mayor, acts weighed or wished, a statement blocked
            ("European Union", "alignsWith", "United States", False, True),
            ("South Korea", "visits", "France", False, True),
            ("Sweden", "providesWeaponsTo", "Ukraine", False, True),
            ("United States", "sanctions", "China", False, True),
            ("Hungary", "condemns", "China", False, True),
            ("Poland", "providesWeaponsTo", "Ukraine", False, True),
        },
    ),
    (
        "The United States raised tariffs on Chinese electric vehicles. The Netherlands "
        "restricted exports of chipmaking machines to China. Turkey suspended all trade with "
        "Israel. The EU banned imports of Russian oil. The Chinese coast guard rammed a "
        "Vietnamese patrol vessel. Denmark handed over F-16s to Ukraine. Israel protested to "
        "London.",
        {  # trade measures are sanctions; ramming is an attack; a protest lodged with a state
            ("United States", "sanctions", "China", False, True),
            ("Netherlands", "sanctions", "China", False, True),
            ("Turkey", "sanctions", "Israel", False, True),
            ("European Union", "sanctions", "Russia", False, True),
            ("China", "attacks", "Vietnam", False, True),
            ("Denmark", "providesWeaponsTo", "Ukraine", False, True),
            ("Israel", "criticizes", "United Kingdom", False, True),  # (in words)
        },
        {("Denmark", "providesWeaponsTo", "F-16s", False, True)},  # a jet is no actor
    ),
    (
        "Far from condemning Russia, China praised Putin. The US said Iran was behind the "
        "attack on Israel. An adviser to Sudan's army chief said the UAE was arming the Rapid "
        "Support Forces. Who attacked Israel?",
        {
            ("United States", "accuses", "Iran", False, True),  # who is behind it did it
            ("Iran", "attacks", "Israel", False, False),
            ("United Arab Emirates", "providesWeaponsTo", "Rapid Support Forces", False, False),
        },
        {
            ("China", "condemns", "Russia", False, True),  # "far from" is no
            ("United Arab Emirates", "providesWeaponsTo", "Rapid Support Forces", False, True),
            ("World Health Organization", "attacks", "Israel", False, False),  # "Who" is no WHO
        },
    ),
    (
        "Gazprom cut gas supplies to Poland. Rosneft signed a deal with India.",
        {  # a state company is an actor of its own; cutting supplies is a sanction
            ("Gazprom", "sanctions", "Poland", False, True),
            ("Rosneft", "alignsWith", "India", False, True),
        },
        {("Russia", "sanctions", "Poland", False, True)},
    ),
    (
        "Turkey hosted talks between Ethiopia and Somalia. Ethiopia had planned a naval base in "
        "Somaliland, the three governments said. Wildfires forced thousands of residents to "
        "flee, officials said.",
        set(),
        {  # "the three governments" are no single one; a wildfire is no actor
            ("Turkey", "accuses", "Ethiopia", False, True),
            ("Wildfires", "coerces", "residents", False, True),
        },
    ),
    (
        "Envoys from Washington and Moscow met in Riyadh. Turkey sent 20 cargo planes carrying "
        "tents and medical supplies to Pakistan. Russia pounded Ukrainian ports with drones.",
        {  # both sides of the envoys meet; what the planes carry is aid; pounding attacks
            ("United States", "meetsWith", "Russia", False, True),
            ("Turkey", "providesAidTo", "Pakistan", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("United States", "meetsWith", "Saudi Arabia", False, True)},
    ),
    (
        "South Korea's foreign ministry called in a senior Japanese diplomat to lodge a "
        "protest. Milei insulted Spain's prime minister, prompting Spain to recall its "
        "ambassador from Buenos Aires. The incident led Washington to postpone a visit to "
        "Beijing. Macron cancelled his visit to Algeria.",
        {  # a diplomat called in is summoned; what one is prompted to do is done
            ("South Korea", "criticizes", "Japan", False, True),
            ("Spain", "cutsTiesWith", "Argentina", False, True),
        },
        {  # a visit postponed or cancelled is not paid
            ("United States", "visits", "China", False, True),
            ("France", "visits", "Algeria", False, True),
        },
    ),
    (
        "Saudi Aramco signed a deal to supply crude to a refinery owned by Sinopec. Russia sold oil to "
        "India. Russia supplied weapons to Syria.",
        {  # a commodity sold is trade; weapons stay weapons
            ("Saudi Aramco", "cooperatesWith", "Sinopec", False, True),
            ("Russia", "cooperatesWith", "India", False, True),
            ("Russia", "providesWeaponsTo", "Syria", False, True),
        },
        {("Saudi Aramco", "providesAidTo", "Sinopec", False, True)},
    ),
    (
        "Russia's foreign minister met his Indian counterpart in Goa, and the two countries "
        "agreed to expand trade. Vietnam's president met his Chinese counterpart in Hanoi. The "
        "two sides signed 14 cooperation agreements.",
        {  # "the two countries", "the two sides": the last two states named
            ("Russia", "agreesWith", "India", False, True),
            ("Vietnam", "alignsWith", "China", False, True),
        },
        set(),
    ),
    (
        "Jordan's Foreign Minister Ayman Safadi criticized Israel. Jordanian King Abdullah "
        "praised Egypt. King Hamad of Bahrain condemned Iran.",
        {  # an owner before "'s", a title the model tagged as part of the name
            ("Jordan", "criticizes", "Israel", False, True),
            ("Jordan", "praises", "Egypt", False, True),
            ("Bahrain", "condemns", "Iran", False, True),
        },
        set(),
    ),
    (
        "Beijing denied the report and said Manila had attacked Chinese fishermen.",
        {("China", "accuses", "Philippines", False, True)},  # "said" shares "denied"'s subject
        {("Philippines", "attacks", "China", False, True)},  # China's claim, not a fact
    ),
    (
        "Beijing said Manila had attacked its fishermen.",  # an actor does not attack its own
        {("Philippines", "attacks", "China", False, False)},
        set(),
    ),
    (
        "Turkey said it would not approve Sweden's NATO membership bid until Stockholm cracks "
        "down on Kurdish militants.",
        {("Turkey", "rejects", "Sweden", False, True)},  # the bid's owner, through "membership"
        {  # a condition still to come is no crackdown Turkey accuses Sweden of
            ("Turkey", "accuses", "Sweden", False, True),
            ("Sweden", "coerces", "Kurdish militants", False, True),
        },
    ),
    (
        "Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.",
        {  # each broker deals with each party
            ("Israel", "agreesWith", "Hamas", False, True),
            ("Qatar", "negotiatesWith", "Israel", False, True),
            ("Egypt", "negotiatesWith", "Hamas", False, True),
        },
        {  # the brokers are no party to the deal, and do not negotiate with each other
            ("Israel", "agreesWith", "Qatar", False, True),
            ("Qatar", "negotiatesWith", "Egypt", False, True),
        },
    ),
    (
        "Turkey brokered a grain deal between Russia and Ukraine.",  # the broker deals with both
        {
            ("Turkey", "negotiatesWith", "Russia", False, True),
            ("Turkey", "negotiatesWith", "Ukraine", False, True),
            ("Russia", "agreesWith", "Ukraine", False, True),
        },
        set(),
    ),
    (
        "Iran seized a tanker in the Gulf of Oman. China sent warships into the Sea of Japan.",
        set(),  # a state in the name of a sea is no actor
        {
            ("Iran", "attacks", "Oman", False, True),
            ("China", "providesWeaponsTo", "Japan", False, True),
        },
    ),
    (
        "Russia launched more than 500 drones and 40 missiles at Ukraine overnight.",
        {("Russia", "attacks", "Ukraine", False, True)},  # the target hangs on the conjunct
        set(),
    ),
    (
        "Brazil sent two air force planes carrying 30 tonnes of food and medicine to Cuba on "
        "Thursday after Hurricane Melissa devastated the east of the island.",
        {("Brazil", "providesAidTo", "Cuba", False, True)},  # what the tonnes are of
        set(),
    ),
    (
        "Germany gave Ukraine two more Patriot air defence systems. The African Union lifted "
        "its suspension of Gabon.",
        {  # air defence systems are arms; a suspension lifted is a concession
            ("Germany", "providesWeaponsTo", "Ukraine", False, True),
            ("African Union", "concedesTo", "Gabon", False, True),
        },
        set(),
    ),
    (
        "Washington has accused Pretoria of persecuting white farmers, a charge South Africa "
        "denies.",  # misparsed with the accusation under "denies", which has no subject
        {
            ("United States", "accuses", "South Africa", False, True),
            ("South Africa", "disputes", "United States", False, True),
        },
        {("United States", "accuses", "South Africa", True, False)},
    ),
    (
        "Beijing opposed any interference in Venezuela's internal affairs. Russia interfered "
        "in Moldova's election.",
        {("Russia", "targets", "Moldova", False, True)},  # meddling is a hostile act
        {("China", "opposes", "Venezuela", False, True)},  # who opposes meddling defends X
    ),
    (
        "Erdogan travelled to Moscow to discuss a possible resumption of peace talks between "
        "Russia and Ukraine. The prospect of talks between Iran and the US faded.",
        {  # a prospect of talks is kept, not asserted
            ("Russia", "negotiatesWith", "Ukraine", False, False),
            ("Iran", "negotiatesWith", "United States", False, False),
        },
        {
            ("Russia", "negotiatesWith", "Ukraine", False, True),
            ("Iran", "negotiatesWith", "United States", False, True),
        },
    ),
    (
        "Canada will remove its retaliatory tariffs on U.S. goods, Prime Minister Mark Carney "
        "said. Canada imposed tariffs on U.S. goods, Prime Minister Mark Carney said.",
        {  # an official of no known state announcing a state's own cooperative step is its
            ("Canada", "agreesWith", "United States", False, True),  # a promise
            ("Canada", "sanctions", "United States", False, False),  # hostile: may be a report
        },
        set(),
    ),
    (
        "Ethiopia and Somalia agreed to cooperate against al-Shabaab. Tunisia boycotted the "
        "Arab League summit in Cairo in protest at Morocco's ties with Israel.",
        {
            ("Ethiopia", "agreesWith", "Somalia", False, True),
            ("Tunisia", "protestsAgainst", "Morocco", False, True),  # a boycotted event
        },
        {
            ("Ethiopia", "agreesWith", "al-Shabaab", False, True),  # the common foe
            ("Tunisia", "sanctions", "Arab League", False, True),  # no embargo
        },
    ),
    (
        "Australia raised concerns with Beijing. France expressed concern over Russia's "
        "actions. China expressed concern that the US was arming Taiwan. Israel barred two "
        "Spanish ministers from entering the country.",
        {  # concern voiced over or with an actor criticises it; a view held is no fact
            ("Australia", "criticizes", "China", False, True),
            ("France", "criticizes", "Russia", False, True),
            ("United States", "providesWeaponsTo", "Taiwan", False, False),
            ("Israel", "coerces", "Spain", False, True),
        },
        {("United States", "providesWeaponsTo", "Taiwan", False, True)},
    ),
    (
        "The European Union and Indonesia concluded negotiations on a free trade agreement. "
        "A Chinese rescue team landed in Myanmar on Saturday with emergency supplies.",
        {  # concluding a deal is agreeing; relief brought on a trip is aid
            ("European Union", "agreesWith", "Indonesia", False, True),
            ("China", "providesAidTo", "Myanmar", False, True),
        },
        set(),
    ),
    (
        "The U.S. Navy's Fifth Fleet accused Iran of harassing commercial shipping.",
        {("United States", "accuses", "Iran", False, True)},  # a unit of a state's organ
        {("Fifth Fleet", "accuses", "Iran", False, True)},
    ),
    (
        "A Chinese rescue team landed in Myanmar with emergency supplies. India dispatched a "
        "military aircraft carrying tents to Yangon. Myanmar's military leader Min Aung Hlaing "
        "thanked both countries for their help.",
        {  # "both countries": the two named before, not the thanker's own; "their": both
            ("Myanmar", "praises", "China", False, True),
            ("Myanmar", "praises", "India", False, True),
            ("China", "providesAidTo", "Myanmar", False, True),
            ("India", "providesAidTo", "Myanmar", False, True),
        },
        set(),
    ),
    (
        "Russia and Ukraine exchanged 84 prisoners of war each on Thursday.",
        {("Russia", "cooperatesWith", "Ukraine", False, True)},
        {  # prisoners of war: no war
            ("Russia", "fightsAgainst", "Ukraine", False, True),
            ("Russia", "fightsAgainst", "Ukraine", False, False),
        },
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed received Somali President Hassan Sheikh Mohamud in "
        "Addis Ababa on Wednesday.",  # the model splits the name in two: one person
        {("Ethiopia", "meetsWith", "Hassan Sheikh Mohamud", False, True)},
        {("Ethiopia", "meetsWith", "Mohamud", False, True)},
    ),
    (
        "The U.S. Justice Department charged 12 Chinese nationals with carrying out hacking "
        "campaigns on behalf of China's Ministry of State Security. Russia waged a "
        "disinformation campaign against Moldova.",
        {  # a hacking or disinformation campaign targets; no war
            ("United States", "accuses", "China", False, True),
            ("Russia", "targets", "Moldova", False, True),
        },
        {  # the principal of "on behalf of" is no target
            ("China", "fightsAgainst", "Ministry of State Security", False, False),
            ("Russia", "fightsAgainst", "Moldova", False, True),
        },
    ),
    (
        "Spain and Norway recognised a Palestinian state, drawing an angry rebuke from Israel. "
        "Russia summoned the German ambassador over remarks by Chancellor Friedrich Merz.",
        {  # a rebuke drawn; the summoned envoy's state before the grievance
            ("Israel", "criticizes", "Spain", False, True),
            ("Israel", "criticizes", "Norway", False, True),
            ("Russia", "criticizes", "Germany", False, True),
        },
        set(),
    ),
    (
        "Mali's junta expelled the French ambassador and ended military cooperation with "
        "France. Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS.",
        {  # cooperation ended is no cooperation; "their" is all three; leaving a body cuts ties
            ("Mali", "cutsTiesWith", "France", False, True),
            (
                "Burkina Faso",
                "cutsTiesWith",
                "Economic Community of West African States",
                False,
                True,
            ),
            ("Niger", "cutsTiesWith", "Economic Community of West African States", False, True),
        },
        {
            ("Mali", "cooperatesWith", "France", False, True),
            ("Niger", "withdrawsFrom", "Economic Community of West African States", False, True),
        },
    ),
    (
        "Russia and China said they would veto the resolution. The US withdrew from the Paris "
        "climate agreement. Colombia called Israel's actions genocide.",
        {
            ("United States", "rejects", None, False, True),  # a treaty left
            ("Colombia", "accuses", "Israel", False, True),  # a label given
        },
        {  # co-speakers and co-subjects of a hostile intent are no pair; Paris names a place
            ("Russia", "accuses", "China", False, True),
            ("China", "threatens", "Russia", False, False),
            ("Russia", "threatens", "China", False, True),
            ("United States", "withdrawsFrom", "France", False, True),
        },
    ),
    (
        "Hezbollah fired rockets at northern Israel, and Israel responded with air strikes on "
        "southern Lebanon. Thailand and Cambodia traded artillery fire along their border.",
        {  # a response made with strikes is an attack; fire traded is fighting
            ("Israel", "attacks", "Lebanon", False, True),
            ("Thailand", "fightsAgainst", "Cambodia", False, True),
        },
        set(),
    ),
    (
        "The African Union called for an immediate ceasefire in Sudan. Russia called for "
        "sanctions on Ukraine.",
        {  # an appeal for calm; hostile action asked of others opposes its target
            ("African Union", "callsOn", "Sudan", False, False),
            ("Russia", "opposes", "Ukraine", False, True),
        },
        {
            ("African Union", "demands", "Sudan", False, True),
            ("Russia", "demands", "Ukraine", False, True),  # nothing is demanded of Ukraine
        },
    ),
    (
        "India and Pakistan failed to agree on a ceasefire. The US denied any involvement in the "
        "coup in Niger.",
        {("India", "agreesWith", "Pakistan", True, False)},  # the failed act, negated
        {  # co-subjects who fail to agree reject nobody; a denial's place is no claimant
            ("India", "rejects", "Pakistan", False, True),
            ("United States", "disputes", "Niger", False, True),
        },
    ),
    (
        "Russia threatened sanctions against Ukraine. Israel has not ruled out striking Iran. "
        "China ruled out the use of force against Taiwan. Trump did not rule out military "
        "action against Venezuela. Trump refused to rule out the use of force against Panama.",
        {  # an act threatened or kept open is a threat; one ruled out is not done
            ("Russia", "threatens", "Ukraine", False, True),
            ("Israel", "threatens", "Iran", False, True),
            ("United States", "threatens", "Venezuela", False, True),
            ("United States", "threatens", "Panama", False, True),
        },
        {
            ("United States", "rejects", None, False, True),  # nothing is rejected
            ("Russia", "sanctions", "Ukraine", False, True),
            ("Israel", "attacks", "Iran", True, False),
            ("China", "attacks", "Taiwan", False, True),
            ("United States", "attacks", "Venezuela", False, True),
        },
    ),
    (
        "Seoul and Tokyo agreed to share missile warning data with Washington.",
        {("South Korea", "agreesWith", "United States", False, True)},
        {("South Korea", "warns", "United States", False, True)},  # warning data: a thing
    ),
    (
        "Turkish troops killed 13 Kurdish militants in northern Iraq.",
        {("Turkey", "attacks", "Kurdish militants", False, True)},  # a people's group
        {("Turkey", "attacks", "13 Kurdish militants in northern Iraq", False, True)},
    ),
    (
        "Britain's ministers met their French counterparts. The US stands with our Turkish allies.",
        {("United Kingdom", "meetsWith", "France", False, True)},  # a demonym names them
        {("United Kingdom", "meetsWith", "counterparts of United Kingdom", False, True)},
    ),
    (
        "The US added Huawei to its entity list. Britain put Russian oligarchs on its "
        "sanctions list. The US granted India a waiver to import Iranian oil.",
        {  # listing is sanctioning; a waiver granted is a concession
            ("United States", "sanctions", "Huawei", False, True),
            ("United Kingdom", "sanctions", "Russia", False, True),
            ("United States", "concedesTo", "India", False, True),
        },
        set(),
    ),
    (
        "U.S. Ambassador to China Nicholas Burns criticized Beijing.",
        {("United States", "criticizes", "China", False, True)},  # the portfolio is no body
        {("China Nicholas Burns", "criticizes", "China", False, True)},
    ),
    (
        "Egypt and Sudan are locked in a dispute with Ethiopia over its plan to fill the dam. "
        "Iran is engaged in talks with the US.",
        {  # the subject of "locked in", "engaged in" takes part
            ("Egypt", "disputes", "Ethiopia", False, True),
            ("Sudan", "disputes", "Ethiopia", False, True),
            ("Iran", "negotiatesWith", "United States", False, True),
        },
        set(),
    ),
    (
        "The European Commission proposed a 14th package of sanctions against Russia.",
        {("European Commission", "opposes", "Russia", False, True)},  # proposed, not imposed
        {("European Commission", "sanctions", "Russia", False, True)},
    ),
    (
        "Warsaw summoned Russia's charge d'affaires. Iran expelled the British charge d'affaires.",
        {  # the envoy noun is the compound of "d'affaires"
            ("Poland", "criticizes", "Russia", False, True),
            ("Iran", "cutsTiesWith", "United Kingdom", False, True),
        },
        set(),
    ),
    (
        "Iran vowed revenge against Israel. Moscow said it would respond in kind.",
        {  # revenge vowed, a response in kind: threats
            ("Iran", "threatens", "Israel", False, True),
            ("Russia", "threatens", None, False, True),
        },
        set(),
    ),
    (
        "The EU agreed new sanctions on Iran. The EU approved new sanctions on Russia.",
        {
            ("European Union", "sanctions", "Iran", False, True),
            ("European Union", "sanctions", "Russia", False, True),
        },
        {  # sanctions adopted are no agreement with their target
            ("European Union", "agreesWith", "Iran", False, True),
            ("European Union", "agreesWith", "Russia", False, True),
        },
    ),
    (
        "Japan, Philippines sign defence pact",  # a headline lists its subjects with a comma
        {("Japan", "alliesWith", "Philippines", False, True)},  # a defence pact: an alliance
        {("Japan", "alignsWith", "Philippines", False, True)},
    ),
    (
        "Chinese fighter jets intercepted a U.S. reconnaissance plane. Tehran has repeatedly "
        "denied supplying weapons to the Houthis.",
        {("China", "coerces", "United States", False, True)},  # jets are no "fighters"
        {  # who is denied is named as the object, not in a phrase on the verb
            ("Chinese fighters", "coerces", "United States", False, True),
            ("Iran", "disputes", "Houthis", False, True),
        },
    ),
    (
        "The United States vetoed a Security Council resolution calling for an immediate "
        "ceasefire in Gaza.",  # the refusal is as sure as its actors: Gaza is a place
        {("United States", "rejects", "Palestine", False, False)},
        {("United States", "rejects", "Palestine", False, True)},
    ),
    (
        "Niger's junta ordered French troops to leave the country. North Korea ordered its "
        "artillery units to be ready to strike South Korea.",
        {  # an order is a demand or, for hostile acts, a threat; the act is not yet done
            ("Niger", "coerces", "France", False, True),
            ("North Korea", "threatens", "South Korea", False, True),
        },
        {
            ("France", "withdrawsFrom", None, False, True),
            ("North Korea", "attacks", "South Korea", False, True),
        },
    ),
    (
        "Ukraine's military intelligence agency said Russia had launched 700 drones at "
        "Ukrainian cities. Iran threatened to cut off electricity to Azerbaijan, the official "
        "IRNA news agency reported.",
        {  # a named agency is a source (not "the report"); a state's official agency its voice
            ("Ukraine", "accuses", "Russia", False, True),
            ("Russia", "attacks", "Ukraine", False, False),
            ("Iran", "threatens", "Azerbaijan", False, True),
        },
        {("Russia", "attacks", "Ukraine", False, True)},
    ),
    (
        "Turkey sent 20 cargo planes carrying tents to Pakistan on Sunday, the Turkish disaster "
        "agency AFAD said.",  # a state's agency reporting its state's act: no medium, a party
        {("Turkey", "providesAidTo", "Pakistan", False, True)},
        set(),
    ),
    (
        "Thai F-16 fighter jets bombed Cambodian military positions along the border.",
        {("Thailand", "attacks", "Cambodia", False, True)},  # "Thai F-16" tagged ORG: a jet
        {("Thai F-16", "attacks", "Cambodia", False, True)},
    ),
    (
        "Venezuela expelled diplomats from seven Latin American countries, including Argentina, "
        "Chile and Peru.",  # the envoys' states, named after "from" and "including"
        {
            ("Venezuela", "cutsTiesWith", "Argentina", False, True),
            ("Venezuela", "cutsTiesWith", "Peru", False, True),
        },
        set(),
    ),
    (
        "Poland's foreign minister called on Wednesday for new European Union sanctions on "
        "Belarus. Britain imposed sanctions on four Israeli settlers.",
        {  # the EU is asked, it does not act; settlers are a group, not their state
            ("Poland", "opposes", "Belarus", False, True),
            ("United Kingdom", "sanctions", "Israeli settlers", False, True),
        },
        {
            ("European Union", "sanctions", "Belarus", False, True),
            ("United Kingdom", "sanctions", "Israel", False, True),
        },
    ),
    (
        "Siemens Energy shipped gas turbines to Ukraine. Japan and the Philippines held a joint "
        "exercise in the South China Sea, days after the two countries signed an access "
        "agreement.",
        {("Japan", "alignsWith", "Philippines", False, True)},  # the two named, not China
        {  # gas turbines are no gas sold; the South China Sea is no China
            ("Siemens Energy", "cooperatesWith", "Ukraine", False, True),
            ("Philippines", "agreesWith", "China", False, True),
        },
    ),
    (
        "Soviet troops invaded Afghanistan in 1979. NATO bombed Yugoslavia in 1999, and Moscow "
        "condemned the strikes.",
        {  # former states are actors of the KB; a capital still names the present state
            ("Soviet Union", "invades", "Afghanistan", False, True),
            ("NATO", "attacks", "Yugoslavia", False, True),
        },
        {("Soviet Union", "condemns", "NATO", False, True)},
    ),
    (
        "Georgia has demanded a public admission by Moscow that Russian troops shelled "
        "Georgian villages in 2008.",
        {("Georgia", "demands", "Russia", False, True)},  # the admission is asked of Moscow;
        set(),  # its "that" clause is what is to be admitted, not the act asked for
    ),
    (
        "Washington sent Stinger missiles to Afghan mujahideen fighting Soviet forces.",
        {  # mujahideen are a group, and the participle after them is their act
            ("United States", "providesWeaponsTo", "Afghan mujahideen", False, True),
            ("Afghan mujahideen", "fightsAgainst", "Soviet Union", False, True),
        },
        {
            ("United States", "fightsAgainst", "Soviet Union", False, True),
            ("United States", "providesWeaponsTo", "Afghanistan", False, True),
        },
    ),
    (
        "The Serbian government yielded to NATO's demands and pulled its forces out of Kosovo.",
        {("Serbia", "withdrawsFrom", "Kosovo", False, True)},  # its forces are Serbia's own,
        {("Serbia", "cutsTiesWith", "NATO", False, True)},  # not NATO's (the nearest actor)
    ),
    (
        "South Africa's ANC agreed to form a coalition with the Democratic Alliance.",
        {("ANC", "agreesWith", "Democratic Alliance", False, True)},  # a coalition formed is
        {("ANC", "agreesWith", "Coalition", False, True)},  # made, not "the Coalition"
    ),
    (
        "Israel's Likud party condemned Hamas.",  # a party is no state
        {("Likud", "condemns", "Hamas", False, True)},
        {("Israel", "condemns", "Hamas", False, True)},
    ),
    (
        "Ukrainian President Volodymyr Zelensky thanked Denmark on Monday for a new military aid "
        "package. Israel thanked the United States for supplying interceptors. The African Union "
        "praised Sudan's leaders for signing a power-sharing deal.",
        {  # thanks for an act presuppose it, done for the thanker's side
            ("Denmark", "providesAidTo", "Ukraine", False, True),
            ("United States", "providesWeaponsTo", "Israel", False, True),
        },
        {  # a deal signed is among its signatories, not with the one who praises it
            ("Sudan", "alignsWith", "African Union", False, True),
            ("Denmark", "providesAidTo", "Volodymyr Zelensky", False, True),
        },
    ),
    (
        "The IDF struck Hezbollah targets in southern Lebanon. Royal Air Force jets struck Daesh "
        "targets in Syria. CENTCOM forces struck Houthi radar sites.",
        {  # armed forces named without a demonym are their state's (CAMEO ISRMIL etc.)
            ("Israel", "attacks", "Hezbollah", False, True),
            ("United Kingdom", "attacks", "Islamic State", False, True),
            ("United States", "attacks", "Houthis", False, True),
        },
        {("IDF", "attacks", "Hezbollah", False, True)},
    ),
    (
        "China held military drills around Taiwan. Russia staged exercises near the Polish "
        "border. Russia staged exercises with Belarus near the Polish border.",
        {  # one side's exercise at an actor is a show of force; with a partner, cooperation
            ("China", "mobilizesAgainst", "Taiwan", False, True),
            ("Russia", "mobilizesAgainst", "Poland", False, True),
            ("Russia", "cooperatesWith", "Belarus", False, True),
        },
        set(),
    ),
    (
        "U.S. forces struck two Iran-backed Houthi missile launchers in Yemen. Israel struck "
        "militias in Syria. The militia in Iraq attacked U.S. forces.",
        {  # the backed group is the target, not its backer; armed groups in a state are
            ("United States", "attacks", "Houthis", False, True),  # not that state
            ("Israel", "attacks", "militias", False, True),
            ("militia in Iraq", "attacks", "United States", False, True),
        },
        {
            ("United States", "attacks", "Iran", False, True),
            ("Israel", "attacks", "Syria", False, True),
            ("Iraq", "attacks", "United States", False, True),
        },
    ),
    (
        "Iran fired missiles at Ain al-Asad air base in Iraq. A drone attack by the militia on "
        "Al-Asad Air Base wounded four U.S. soldiers.",  # a surname inside a place's name
        {("Iran", "attacks", "Iraq", False, True)},
        {
            ("Iran", "attacks", "Syria", False, True),
            ("Syria", "attacks", "United States", False, True),
        },
    ),
    (
        "Australia and Papua New Guinea have signed the Pukpuk Defence Treaty, a mutual defence "
        "alliance. The Warsaw Pact invaded Czechoslovakia in 1968.",
        {  # an agreement's name is no actor; the Warsaw Pact is one, not Poland's capital
            ("Australia", "alliesWith", "Papua New Guinea", False, True),
            ("Warsaw Pact", "invades", "Czechoslovakia", False, True),
        },
        {
            ("Australia", "alignsWith", "Pukpuk Defence Treaty", False, True),
            ("Poland", "agreesWith", None, False, True),
        },
    ),
    (
        "The Security Council held consultations on Myanmar. Chinese and American diplomats met "
        "briefly on the sidelines of the Munich Security Conference.",
        {("United States", "meetsWith", "China", False, True)},  # talks "on X" are about X
        {
            ("UN Security Council", "consultsWith", "Myanmar", False, True),
            ("China", "meetsWith", "Munich Security Conference", False, True),
        },
    ),
    (
        "Germany called for the release of Alexei Navalny. The EU called for the immediate "
        "release of the hostages held by Hamas.",
        {  # asking that X be freed is for X; of the hostages' holder it is a demand
            ("Germany", "supports", "Alexei Navalny", False, True),
            ("European Union", "demands", "Hamas", False, True),
        },
        {("Germany", "demands", "Alexei Navalny", False, True)},
    ),
    (
        "The UK is concerned by reports of killings of civilians by Malian forces. Two "
        "amendments describing the conflict as a full-scale invasion of Ukraine by the Russian "
        "Federation were not adopted.",
        {  # what a report is "of", or what something is described "as", is a claim
            ("Mali", "attacks", "civilians", False, False),
            ("Russia", "invades", "Ukraine", False, False),
        },
        {
            ("Mali", "attacks", "civilians", False, True),
            ("Russia", "invades", "Ukraine", False, True),
        },
    ),
    (
        "Kyiv denounced the strike as an attack on civilians by Russia. Kyiv denounced the "
        "shelling as an attack on civilians.",
        {("Ukraine", "criticizes", "Russia", False, True)},  # the doer of what it is called
        {("Ukraine", "criticizes", "civilians", False, True)},  # not whom that act hit
    ),
    (
        "Deputy Secretary of State Christopher Landau traveled to Pristina. There, the Deputy "
        "Secretary met with Prime Minister Albin Kurti. In Belgrade, he met with President "
        "Aleksandar Vučić. Secretary of State for Defence John Healey visited Kyiv.",
        {  # a bare Secretary of State is the US's; one "for Defence" the UK's portfolio
            ("United States", "visits", "Kosovo", False, True),
            ("United States", "meetsWith", "Aleksandar Vučić", False, False),  # "he": unsure
            ("United Kingdom", "visits", "Ukraine", False, True),
        },
        {  # "he" is the Deputy Secretary (a role held by a person), not Kurti
            ("Albin Kurti", "meetsWith", "Aleksandar Vučić", False, True),
            ("United States", "visits", "Ukraine", False, True),
        },
    ),
    (
        "Kata'ib Hezbollah attacked U.S. troops in Iraq. The RSF attacked the Sudanese army.",
        {  # an armed group of its own, not Lebanon's Hezbollah inside its name
            ("Kata'ib Hezbollah", "attacks", "United States", False, True),
            ("Rapid Support Forces", "attacks", "Sudan", False, True),
        },
        {("Hezbollah", "attacks", "United States", False, True)},
    ),
    (
        "Australia is deeply concerned by the M23's seizure of Goma. Britain is alarmed by the "
        "arrest of opposition leader Riek Machar.",
        {("Australia", "criticizes", "M23", False, True)},  # concern at an act: its doer
        {  # not the one the act befell, nor the doer made the judge
            ("United Kingdom", "criticizes", "Riek Machar", False, True),
            ("M23", "criticizes", None, False, True),
        },
    ),
    (
        "The UK does not recognise the Taliban as the government of Afghanistan. India does not "
        "accept Chinese claims. China did not condemn Russia.",
        {  # a stance verb negated in the present is a standing rejection
            ("United Kingdom", "rejects", "Taliban", False, True),
            ("India", "rejects", "China", False, True),
            ("China", "condemns", "Russia", True, False),  # a past act not done stays so
        },
        {("United Kingdom", "supports", "Taliban", False, True)},
    ),
    (
        "The United States withdrew from the agreement and reimposed sanctions on Iran.",
        {("United States", "sanctions", "Iran", False, True)},  # "reimposed" tagged ADJ
        set(),
    ),
    (
        "The Secretary reaffirmed the United States' unwavering commitment to Israel's security. "
        "Washington reaffirmed its commitment to the defence of the Philippines. President Levy "
        "Mwanawasa has reneged on his commitment to the Zambian people.",
        {  # a commitment to X supports X; one reneged on does not
            ("United States", "supports", "Israel", False, True),
            ("United States", "supports", "Philippines", False, True),
        },
        {("Levy Mwanawasa", "supports", "Zambia", False, True)},
    ),
    (
        "Germany will host a conference on Sudan together with France and the European Union.",
        {("Germany", "meetsWith", "France", False, False)},  # to come: not asserted
        {  # a conference "on" X: its topic
            *(("Germany", "meetsWith", "Sudan", False, a) for a in (True, False)),
            ("Germany", "meetsWith", "France", False, True),
        },
    ),
    (
        "The European Union suspended budget support to Niger after the coup. The United States "
        "halted military assistance to Ukraine.",
        {  # cutting support is cutting aid (CAMEO 16), not support
            ("European Union", "sanctions", "Niger", False, True),
            ("United States", "sanctions", "Ukraine", False, True),
        },
        {("European Union", "supports", "Niger", False, True)},
    ),
    (
        "Royal Air Force Typhoon FGR4s conducted a precision strike on a cave complex used by "
        "Daesh terrorists. Typhoon Haiyan hit the Philippines.",
        {("United Kingdom", "attacks", "Islamic State", False, True)},  # the force's jets
        {("Royal Air Force Typhoon", "attacks", "Islamic State", False, True)},
    ),
    (
        "The Rapid Support Forces attacked Zamzam camp. Armenian forces withdrew from the "
        "Kalbajar district.",
        {("Armenia", "withdrawsFrom", None, False, True)},
        {  # a name compounded onto a camp or a district names a place, no actor
            ("Rapid Support Forces", "attacks", "Zamzam", False, True),
            ("Armenia", "withdrawsFrom", "Kalbajar", False, True),
        },
    ),
    (
        "Australia and Fiji signed the agreement at the Pacific Islands Forum. Prime Minister "
        "Anthony Albanese and Prime Minister James Marape signed the treaty at Parliament House.",
        {("Australia", "alignsWith", "Fiji", False, True)},  # "at" a place or an event:
        {  # where it was signed, not with whom
            ("Australia", "alignsWith", "Pacific Islands Forum", False, True),
            ("Australia", "alignsWith", "Parliament House", False, True),
        },
    ),
    (
        "Bosnian Serb forces, backed by Serbia, shelled Sarajevo. NATO launched an air "
        "campaign against Bosnian Serb positions. Iraqi Kurdish forces attacked ISIS. Russian "
        "Ukrainian talks resumed in Istanbul.",
        {  # a people's group within a state: neither the state nor its kin state
            ("Serbia", "supports", "Bosnian Serb", False, True),
            ("Bosnian Serb", "attacks", "Bosnia and Herzegovina", False, True),
            ("NATO", "fightsAgainst", "Bosnian Serb", False, True),
            ("Iraqi Kurdish", "attacks", "Islamic State", False, True),
            ("Russia", "negotiatesWith", "Ukraine", False, True),  # an act noun: the pair
        },
        {
            ("Serbia", "supports", "Bosnia and Herzegovina", False, True),
            ("NATO", "fightsAgainst", "Bosnia and Herzegovina", False, True),
            ("Iraq", "attacks", "Islamic State", False, True),
        },
    ),
    (
        "Polish farmers besieged the border with Ukraine, blocking grain trucks for weeks. The "
        "siege of Mariupol by Russian forces lasted three months.",
        {("Russia", "attacks", "Ukraine", False, False)},  # a siege is an attack (Mariupol:
        {("Poland", "attacks", "Ukraine", False, True)},  # a city, a guess); "besieged the
    ),  # border" is a figure of speech
    (
        "India said it had struck what it described as terrorist infrastructure in Pakistan.",
        {("India", "attacks", "Pakistan", False, True)},  # the thing described is what was
        set(),  # struck (its own act, told by India); the label is no act
    ),
    (
        "The Security Council adopted a resolution demanding an immediate ceasefire in Gaza.",
        {("UN Security Council", "callsOn", "Palestine", False, False)},  # an appeal, not a
        {("UN Security Council", "demands", "Palestine", False, True)},  # hostile demand
    ),
    (
        "The United Kingdom condemns Russia's attack on Kyiv. We will continue to support "
        'Ukraine. "We will respond," a spokesman said.',
        {  # an unquoted "we" is the statement's issuer, the first sentence's subject
            ("United Kingdom", "condemns", "Russia", False, True),
            ("United Kingdom", "supports", "Ukraine", False, True),
        },
        set(),
    ),
    (
        'Russia attacked Ukraine. "We will continue to support Ukraine," a spokesman said.',
        set(),  # a quoted "we" with no speaker found is nobody's
        {("Russia", "supports", "Ukraine", False, True)},
    ),
    (
        "The UK and Norway today signed a memorandum of understanding on energy security. India "
        "signed an MoU with the UAE.",
        {
            ("United Kingdom", "alignsWith", "Norway", False, True),
            ("India", "alignsWith", "United Arab Emirates", False, True),
        },
        set(),
    ),
    (
        "South Sudan was admitted to the African Union. The UN admitted South Sudan in 2011. "
        "Russia admitted that its forces struck Kyiv.",
        {  # admitted to a body: joins it; the body admitting a member aligns with it
            ("South Sudan", "alignsWith", "African Union", False, True),
            ("United Nations", "alignsWith", "South Sudan", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("Russia", "alignsWith", None, False, True)},  # admitting a fact joins nothing
    ),
    (
        "Indian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi. "
        "The Treasury Department sanctioned two Iranian oil tankers. The Organisation of "
        "Islamic Cooperation condemned the burning of a copy of the Koran.",
        {
            ("India", "meetsWith", "Wang Yi", False, True),  # a KB person's own body
            ("United States", "sanctions", "Iran", False, True),  # a US department
        },
        {
            ("Indian External Affairs", "meetsWith", "Wang Yi", False, True),
            ("Organisation of Islamic Cooperation", "condemns", "Koran", False, True),
        },
    ),
    (
        "Ukraine's parliament approved a new government led by Prime Minister Yulia "
        "Svyrydenko. Putin praised Defence Minister Andrei Belousov.",
        set(),  # a state acting on its own officials is a domestic affair, no stance edge
        {
            ("Ukraine", "agreesWith", "Yulia Svyrydenko", False, True),
            ("Russia", "praises", "Andrei Belousov", False, True),
        },
    ),
    (
        "Argentine President Javier Milei said he would move his country's embassy to "
        "Jerusalem, drawing criticism from Palestinian officials. Riyadh cut ties in 2016 after "
        "protesters stormed its embassy in Tehran.",
        {  # the writer's account of the reaction; "its embassy in Tehran" is Riyadh's
            ("Palestine", "criticizes", "Javier Milei", False, True),
            ("protesters", "attacks", "Saudi Arabia", False, True),
        },
        {
            ("Argentina", "accuses", "Palestine", False, True),
            ("protesters", "attacks", "Iran", False, True),
        },
    ),
    (
        "Iran called Israel an oppressor.",
        {("Iran", "accuses", "Israel", False, True)},
        set(),
    ),
    (
        "Erdogan pledged to deepen military cooperation with Ankara's closest ally in the "
        "Caucasus.",
        set(),
        {("Turkey", "agreesWith", "Caucasus", False, True)},  # a region, no actor
    ),
    (
        "South Africa's African National Congress and the Democratic Alliance reached "
        "agreement on a new budget.",
        {("African National Congress", "agreesWith", "Democratic Alliance", False, True)},
        {("South Africa", "agreesWith", "Democratic Alliance", False, True)},  # a party is no
    ),  # organ of its state
    (
        "China banned exports of gallium and germanium to the United States. The Netherlands "
        "restricted exports of ASML chipmaking machines to China.",
        {  # the "to" of an export ban, wherever the parse hung it inside the noun phrase
            ("China", "sanctions", "United States", False, True),
            ("Netherlands", "sanctions", "China", False, True),
        },
        set(),
    ),
    (
        "There is no evidence that China supplied weapons to Russia, the official said. There "
        "is evidence that Iran supplied drones to Russia.",
        {  # what evidence is "that" is a claim; with "no", an unknown (hedged), not a
            # negated act: no evidence of supplying is no report that China did not supply
            ("China", "providesWeaponsTo", "Russia", False, False),
            ("Iran", "providesWeaponsTo", "Russia", False, False),
        },
        {
            ("China", "providesWeaponsTo", "Russia", True, False),
            ("China", "providesWeaponsTo", "Russia", False, True),
            ("Iran", "providesWeaponsTo", "Russia", False, True),
        },
    ),
    (
        "Ukraine claimed to have shot down 30 Russian drones.",
        {("Ukraine", "attacks", "Russia", False, False)},  # its own claim, not the writer's
        {("Ukraine", "attacks", "Russia", False, True)},
    ),
    (
        "The EU supports Russian civil society.",
        {("European Union", "supports", "Russian civil society", False, True)},
        {("European Union", "supports", "Russia", False, True)},  # society is no state
    ),
    (
        "Pakistan and Saudi Arabia signed a mutual defence pact. The agreement was signed in "
        "Riyadh by Prime Minister Shehbaz Sharif and Crown Prince Mohammed bin Salman.",
        {("Pakistan", "alliesWith", "Saudi Arabia", False, True)},
        {("Pakistan", "alliesWith", "Pakistan", False, True)},  # only judgements look back
    ),
    (
        "Turkey no longer supports the Syrian opposition. Far from condemning Moscow, Beijing "
        "deepened its ties with Russia.",
        {  # "no longer" negates, and now as a standing rejection; deepened ties align
            ("Turkey", "rejects", "Syrian opposition", False, True),
            ("China", "alignsWith", "Russia", False, True),
            ("China", "condemns", "Russia", True, False),
        },
        {("Turkey", "supports", "Syrian opposition", False, True)},
    ),
    (
        "Beijing is concerned that Washington will impose new tariffs. Turkey hosts 3 million "
        "Syrian refugees.",
        {  # a view held, not the writer's fact; hosting refugees shelters them
            ("United States", "threatens", None, False, False),
            ("Turkey", "providesAidTo", "Syrian refugees", False, True),
        },
        {
            ("United States", "threatens", None, False, True),
            ("Turkey", "meetsWith", "Syrian refugees", False, True),
        },
    ),
    (
        # co-agents of one hostile act on a third party are on one side, pairwise; a
        # denied act pairs nobody, nor does a two-sided one
        "Saudi Arabia, the UAE and Bahrain severed diplomatic ties with Qatar. "
        "The US and the UK did not strike Iran. Israel and Hamas exchanged fire.",
        {
            ("Saudi Arabia", "cooperatesWith", "United Arab Emirates", False, True),
            ("Saudi Arabia", "cooperatesWith", "Bahrain", False, True),
            ("United Arab Emirates", "cooperatesWith", "Bahrain", False, True),
        },
        {
            ("United States", "cooperatesWith", "United Kingdom", False, True),
            ("Israel", "cooperatesWith", "Hamas", False, True),
        },
    ),
    (
        # gratitude adjectives praise the one thanked, or the doer of the act thanked for
        "Ukraine is grateful to Japan for its help. Kenya is grateful for the support of "
        "the United States. Iraq is grateful for the aid provided by Turkey. "
        "Serbia is not grateful to Croatia.",
        {
            ("Ukraine", "praises", "Japan", False, True),
            ("Kenya", "praises", "United States", False, True),
            ("Iraq", "praises", "Turkey", False, True),
            ("Serbia", "praises", "Croatia", True, False),
        },
        {("Serbia", "praises", "Croatia", False, True)},
    ),
    (
        # a partner named for a hostile act is on the doer's side: it opposes the target,
        # and one fighting "together with" the doer is no foe of it
        "The US conducted strikes in coordination with Iraq against ISIL targets. "
        "Ukrainian troops fought alongside Polish volunteers against Russia. "
        "Ukrainian troops fought together with Polish volunteers against Russia. "
        "The Security Council condemned the offensive of the M23 with the support of Rwanda.",
        {
            ("United States", "attacks", "Islamic State", False, True),
            ("Iraq", "opposes", "Islamic State", False, True),
            ("Poland", "opposes", "Russia", False, True),
            ("Ukraine", "cooperatesWith", "Poland", False, True),
            ("UN Security Council", "condemns", "Rwanda", False, True),
        },
        {
            ("Ukraine", "fightsAgainst", "Poland", False, True),
            ("Iraq", "attacks", "Islamic State", False, True),
        },
    ),
    (
        # a plural office "of" a list of states stands for each of them
        "The leaders of France and Germany condemned Russia. The presidents of Serbia and "
        "Croatia met in Brussels. The president of Egypt met the president of Sudan.",
        {
            ("France", "condemns", "Russia", False, True),
            ("Germany", "condemns", "Russia", False, True),
            ("Serbia", "meetsWith", "Croatia", False, True),
            ("Egypt", "meetsWith", "Sudan", False, True),
        },
        set(),
    ),
    (
        # co-signers are bound pairwise, not to the first named only
        "Brazil, Russia and India signed a trade accord.",
        {
            ("Brazil", "alignsWith", "Russia", False, True),
            ("Brazil", "alignsWith", "India", False, True),
            ("Russia", "alignsWith", "India", False, True),
        },
        set(),
    ),
    (
        # strengthening cooperation is no military build-up; strengthening forces is
        "Japan strengthened its cooperation with India. Russia strengthened its forces "
        "near the border.",
        {
            ("Japan", "cooperatesWith", "India", False, True),
            ("Russia", "mobilizesAgainst", None, False, True),
        },
        {("Japan", "mobilizesAgainst", "India", False, True)},
    ),
    (
        # "co-" words stay whole: British "co-operation" is cooperation (split, "operation"
        # had read as a military one), and co-sponsors and co-hosts cooperate with those
        # named "with" or "alongside" them, not with what they sponsor
        "Britain co-operated closely with France. The UK co-sponsored the resolution "
        "alongside Panama. Britain co-hosted a conference in London with the African Union. "
        "Kenya and Ghana co-chaired the summit.",
        {
            ("United Kingdom", "cooperatesWith", "France", False, True),
            ("United Kingdom", "cooperatesWith", "Panama", False, True),
            ("United Kingdom", "cooperatesWith", "African Union", False, True),
            ("Kenya", "cooperatesWith", "Ghana", False, True),
        },
        set(),
    ),
    (
        # expressed gratitude praises; expressed regret over an act criticises its doer
        "Japan expressed its gratitude to India for its support. The US expressed "
        "appreciation for ASEAN's efforts. Germany expressed regret over the US withdrawal.",
        {
            ("Japan", "praises", "India", False, True),
            ("United States", "praises", "Association of Southeast Asian Nations", False, True),
            ("Germany", "criticizes", "United States", False, True),
        },
        set(),
    ),
    (
        # co-issuers of one statement agree; one issuer alone binds nobody; "on" names a
        # positive act's topic or place, not its partner
        "France and Germany issued a joint statement. France issued a statement on Iran. "
        "Egypt and Israel signed a peace treaty on the White House lawn.",
        {
            ("France", "agreesWith", "Germany", False, True),
            ("Egypt", "alignsWith", "Israel", False, True),
        },
        {
            ("France", "agreesWith", "Iran", False, True),
            ("France", "agreesWith", None, False, True),
            ("Egypt", "alignsWith", "United States", False, True),
        },
    ),
    (
        # a group the text names after listing its members stands for them later on
        "The United Kingdom, the United States and Norway, the Troika, met in Juba. "
        "The Troika commends the African Union for its mediation efforts.",
        {
            ("Troika", "praises", "African Union", False, True),
            ("United Kingdom", "praises", "African Union", False, True),
            ("United States", "praises", "African Union", False, True),
            ("Norway", "praises", "African Union", False, True),
        },
        set(),
    ),
    (
        # a craft's owner named by a KB name on its modifier ("IDF fighter jets")
        "IDF fighter jets struck Hezbollah positions. US fighter jets struck Houthi targets.",
        {
            ("Israel", "attacks", "Hezbollah", False, True),
            ("United States", "attacks", "Houthis", False, True),
        },
        set(),
    ),
    (
        # a pair joined by a hyphen or a dash, however the parser attached it
        "The accords led to the 1979 Egypt-Israel peace treaty. The Eritrean-Ethiopian War "
        "was fought from 1998 to 2000. The ministers welcomed the Australia–Indonesia "
        "Defence Cooperation Agreement.",
        {
            ("Egypt", "agreesWith", "Israel", False, True),
            ("Eritrea", "fightsAgainst", "Ethiopia", False, True),
            ("Australia", "agreesWith", "Indonesia", False, True),
        },
        {("Israel", "agreesWith", None, False, True)},
    ),
    (
        # an act its doer is asked, or fails, to halt goes on; one halted is over
        "Australia called on Rwanda to cease its support for the M23. Russia has not ended "
        "its occupation of Moldova. Russia stopped its attacks on Georgia.",
        {
            ("Rwanda", "supports", "M23", False, True),
            ("Russia", "occupies", "Moldova", False, True),
        },
        {("Russia", "attacks", "Georgia", False, True)},
    ),
    (
        # "its" in an infinitive belongs to the one who is to act, not the nearest name
        "Kenya called on Rwanda to withdraw its forces from the territory of the Democratic "
        "Republic of the Congo and to cease its support for the M23.",
        {("Rwanda", "supports", "M23", False, True)},
        {("Democratic Republic of the Congo", "supports", "M23", False, True)},
    ),
    (
        # a subject pronoun with no antecedent in its sentence: the subject of the previous
        # sentence's main clauses, the root's or a coordinated one's
        "Secretary Rubio met with Malaysian Foreign Minister Mohamad Hasan in Kuala Lumpur. "
        "The two discussed the airstrikes in Sagaing, and the Secretary noted that the regime "
        "has not released Aung San Suu Kyi. He also raised concerns about the PRC's coercive "
        "activities.",
        {("United States", "criticizes", "China", False, False)},
        {("Aung San Suu Kyi", "criticizes", "China", False, False)},
    ),
    (
        # joint patrols and cooperative activities pair their co-agents; one side's patrols
        # pair nobody
        "Australia, Japan and the Philippines conducted a Maritime Cooperative Activity. "
        "China conducted joint patrols with Russia. China conducted patrols near Taiwan.",
        {
            ("Australia", "cooperatesWith", "Japan", False, True),
            ("Japan", "cooperatesWith", "Philippines", False, True),
            ("China", "cooperatesWith", "Russia", False, True),
        },
        {("China", "cooperatesWith", "Taiwan", False, True)},
    ),
    (
        # a reported verdict on another's act criticizes its doer; an unreported one is the
        # writer's, and a denied one criticizes nobody
        "China said the US decision was a provocation. The IDF said Hezbollah's activity "
        "constitutes a blatant violation of the truce. Russia's decision was a mistake. "
        "France said Germany's decision was not a mistake.",
        {
            ("China", "criticizes", "United States", False, True),
            ("Israel", "criticizes", "Hezbollah", False, True),
        },
        {
            ("France", "criticizes", "Germany", False, True),
        },
    ),
    (
        # a reporting clause parsed as a conjunct after a comma is still a report
        "Iran has sent hundreds of drones to Russia, Ukraine's foreign minister said on Tuesday.",
        {("Iran", "providesWeaponsTo", "Russia", False, False)},
        {("Iran", "providesWeaponsTo", "Russia", False, True)},
    ),
    (
        # an act named through a measure noun ("a barrage of rockets", "a batch of jets")
        # finds its target or recipient on that noun, and a phrasal verb its entry
        "Hezbollah fired a barrage of rockets at Israel. Russia handed over the first batch "
        "of Su-35 fighter jets to Iran.",
        {
            ("Hezbollah", "attacks", "Israel", False, True),
            ("Russia", "providesWeaponsTo", "Iran", False, True),
        },
        set(),
    ),
    (
        # lending is aid (a promised loan an agreement); lending support stays support
        "Japan loaned Kenya $300 million. Germany lent its support to Ukraine.",
        {
            ("Japan", "providesAidTo", "Kenya", False, True),
            ("Germany", "supports", "Ukraine", False, True),
        },
        set(),
    ),
    (
        # an act noun that is the subject of a cessation verb took place; one cancelled did not
        "Talks between Serbia and Kosovo in Brussels ended without agreement on Tuesday. "
        "The talks between Egypt and Sudan were cancelled.",
        {("Serbia", "negotiatesWith", "Kosovo", False, True)},
        {("Egypt", "negotiatesWith", "Sudan", False, True)},
    ),
    (
        # a state's treasury is its organ
        "The U.S. Treasury lifted sanctions on Syria's central bank. Treasury yields rose.",
        {("United States", "concedesTo", "Syria", False, True)},
        {("U.S. Treasury", "concedesTo", "Syria", False, True)},
    ),
    (
        # calling an actor a friend, brother or partner praises it (a pejorative accuses)
        "Turkish President Tayyip Erdogan called Azerbaijani President Ilham Aliyev a "
        "brother. Zelensky called Norway a reliable friend. Putin called Zelensky a criminal.",
        {
            ("Turkey", "praises", "Ilham Aliyev", False, True),
            ("Ukraine", "praises", "Norway", False, True),
            ("Russia", "accuses", "Volodymyr Zelensky", False, True),
        },
        set(),
    ),
    (
        # an act noun capitalised inside an institution's name is part of the name
        "Saudi Arabia's King Salman Humanitarian Aid and Relief Centre sent 20 tonnes of "
        "medical supplies to Port Sudan. The US sent aid to Ukraine.",
        {("United States", "providesAidTo", "Ukraine", False, True)},
        {("Saudi Arabia", "providesAidTo", "Salman bin Abdulaziz", False, True)},
    ),
    (
        # so is one inside an armed force's name: no mobilisation, no support
        "The Iraqi Armed Forces and Popular Mobilization Forces advanced on Mosul. Egypt "
        "criticized the Rapid Support Forces. Russia mobilized troops against Ukraine.",
        {
            ("Egypt", "criticizes", "Rapid Support Forces", False, True),
            ("Russia", "mobilizesAgainst", "Ukraine", False, True),
        },
        {("Iraq", "mobilizesAgainst", None, False, True)},
    ),
    (
        # a hazard that came from somewhere is nobody's act (troops from there are the state's)
        "Volcanic ash from Indonesia's Mount Ruang forced Malaysia to close an airport.",
        set(),
        {("Indonesia", "coerces", "Malaysia", False, True)},
    ),
    (
        "Troops from Indonesia forced Malaysia to retreat.",
        {("Indonesia", "coerces", "Malaysia", False, True)},
        set(),
    ),
    (
        # Israeli cities outside the KB stand for Israel as a target
        "The Houthis fired a ballistic missile toward Tel Aviv. Protesters gathered in Haifa.",
        {("Houthis", "attacks", "Israel", False, True)},
        set(),
    ),
    (
        # a doubt about the act's target (a city standing for its state) leaves the
        # accused named: the accusation is asserted, the reported attack is not
        "Ukraine said Russia shelled Kharkiv overnight.",
        {
            ("Ukraine", "accuses", "Russia", False, True),
            ("Russia", "attacks", "Ukraine", False, False),
        },
        set(),
    ),
    (
        # a speaker reporting what its own partners did accuses nobody
        "The UK said its Syrian partners pushed ISIL back from the town.",
        {("Syria", "attacks", "Islamic State", False, False)},
        {("United Kingdom", "accuses", "Syria", False, True)},
    ),
    (
        "The Pentagon said its allies in the coalition bombed ISIL positions near Mosul.",
        {("allies of United States", "attacks", "Islamic State", False, False)},
        {("United States", "accuses", "allies of United States", False, True)},
    ),
    (
        # someone else's allies are accused as before
        "Ukraine said Russia's allies attacked its ships.",
        {("Ukraine", "accuses", "allies of Russia", False, True)},
        set(),
    ),
    (
        # coordinated objects of a judgement are judged one by one: the parse splits the
        # act into "missile" (Russia's) and "attack on Kyiv", whose target is not condemned
        "The United Kingdom condemns Russia's massive missile and drone attack on Kyiv overnight.",
        {("United Kingdom", "condemns", "Russia", False, True)},
        {("United Kingdom", "condemns", "Ukraine", False, True)},
    ),
    (
        "The United Kingdom condemns Russia's missiles and the attack on Kyiv.",
        {("United Kingdom", "condemns", "Russia", False, True)},
        {("United Kingdom", "condemns", "Ukraine", False, True)},
    ),
    (
        # "the two leaders": the sides of the last two persons named, however far back
        "Secretary Rubio spoke today with Iraqi Prime Minister Mohammed Shia al-Sudani. The"
        " Secretary welcomed the Iraqi government's commitment. He emphasized that Iran-aligned"
        " militia groups must be brought under state control. The two leaders also discussed a"
        " resumption of oil exports.",
        {("Iraq", "consultsWith", "United States", False, True)},
        {("Iraq", "consultsWith", "Iran", False, True)},
    ),
    (
        "Minister for Foreign Affairs Penny Wong today met Indonesian Foreign Minister Sugiono in"
        " Jakarta. The two Foreign Ministers also discussed the situation in Myanmar.",
        {("Australia", "consultsWith", "Indonesia", False, True)},
        set(),
    ),
    (
        # a presupposed act ("German-occupied") inside a clause told as history is history
        "On the 75th anniversary of D-Day, veterans recalled how American, British and Canadian"
        " troops stormed the beaches of German-occupied France.",
        {("Germany", "occupies", "France", False, False)},
        {("Germany", "occupies", "France", False, True)},
    ),
    (
        # a firm named by its nationality is a body of its own (affiliated), singular or plural
        "A Chinese company supplied drones to Russia.",
        {("Chinese company", "providesWeaponsTo", "Russia", False, True)},
        {("China", "providesWeaponsTo", "Russia", False, True)},
    ),
    (
        "A Turkish construction firm delivered 200 prefabricated homes to Syria.",
        {("Turkish construction firm", "providesAidTo", "Syria", False, True)},
        {("Turkey", "providesAidTo", "Syria", False, True)},
    ),
    (
        # the owner of the weapon named before the act: "Russian" sits on "drone", parsed
        # as a modifier of "attack"
        "A Russian drone and missile attack on Kyiv killed 15 people.",
        {("Russia", "attacks", "Ukraine", False, True)},
        set(),
    ),
    (
        # a bare "the two" or "both" as subject: the sides of the last two persons named
        "Secretary Rubio met with Saudi Foreign Minister Prince Faisal bin Farhan in Washington."
        " The two discussed the situation in Gaza.",
        {("United States", "consultsWith", "Saudi Arabia", False, True)},
        set(),
    ),
    (
        "The foreign ministers of India and Pakistan sat at the same table. Both met separately"
        " with China's foreign minister.",
        {
            ("India", "meetsWith", "China", False, True),
            ("Pakistan", "meetsWith", "China", False, True),
        },
        set(),
    ),
    (
        # assigning responsibility for a hostile act blames: "hold X responsible / accountable"
        # however parsed, and a reported "X is responsible / bears responsibility for"
        "Britain holds Russia responsible for the attack.",
        {("United Kingdom", "blames", "Russia", False, True)},
        set(),
    ),
    (
        "The EU holds Iran accountable for the attack.",
        {("European Union", "blames", "Iran", False, True)},
        set(),
    ),
    (
        "Russia bears full responsibility for the killings, the French foreign ministry said.",
        {("France", "blames", "Russia", False, True)},
        set(),
    ),
    (
        # a duty, a claim of responsibility, a denial: no blame asserted
        "Britain said Iraq is responsible for the security of embassies. ISIS claimed"
        " responsibility for the attack. Britain said Russia was not responsible for the attack.",
        {("United Kingdom", "blames", "Russia", True, False)},
        {
            ("United Kingdom", "blames", "Iraq", False, True),
            ("United Kingdom", "blames", "Russia", False, True),
        },
    ),
    (
        # a conjunct of a place is a place too: "the government" is Turkey's, not Syria's
        "Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria on Thursday,"
        " a day after an attack near Ankara that the government blamed on the PKK.",
        {("Turkey", "blames", "PKK", False, True)},
        {("Syria", "blames", "PKK", False, True)},
    ),
    (
        # the complement misparsed as the object's own object still labels it
        "Colombian President Gustavo Petro called U.S. President Donald Trump an accomplice to"
        " genocide on Tuesday.",
        {("Colombia", "accuses", "Donald Trump", False, True)},
        set(),
    ),
    (
        # a build-up is judged through the owner of the forces it moves
        "Venezuelan President Nicolas Maduro denounced the deployment of U.S. warships to the"
        " southern Caribbean.",
        {("Venezuela", "criticizes", "United States", False, True)},
        set(),
    ),
    (
        "China condemned the deployment of Japanese troops near the border.",
        {("China", "condemns", "Japan", False, True)},
        set(),
    ),
    (
        # violating airspace, waters, territory or a border is a show of force on their owner,
        # not a rejection (violating an agreement still is one)
        "Russian drones violated Polish airspace. Chinese ships violated the territorial waters"
        " of Japan. Russia violated the ceasefire agreement with Ukraine.",
        {
            ("Russia", "mobilizesAgainst", "Poland", False, True),
            ("China", "mobilizesAgainst", "Japan", False, True),
            ("Russia", "rejects", "Ukraine", False, True),
        },
        {("Russia", "rejects", "Poland", False, True), ("China", "rejects", "Japan", False, True)},
    ),
    (
        # attack verbs the lexicon lacked: sink, down, besiege (and hijack coerces)
        "Ukrainian drones sank a Russian missile boat. Turkey downed a Russian jet near the"
        " Syrian border. Somali pirates hijacked an Indian cargo ship.",
        {
            ("Ukraine", "attacks", "Russia", False, True),
            ("Turkey", "attacks", "Russia", False, True),
            ("Somali pirates", "coerces", "India", False, True),
        },
        set(),
    ),
    (
        # farmers named by their nationality are a group of their own, not their state
        "Polish farmers protested against Ukrainian grain imports.",
        {("Polish farmers", "protestsAgainst", "Ukraine", False, True)},
        {("Poland", "protestsAgainst", "Ukraine", False, True)},
    ),
    (
        # a retaliation targets the doer of the act it answers, never its victim
        "Iran vowed to retaliate for Israel's attack.",
        {("Iran", "threatens", "Israel", False, True)},
        set(),
    ),
    (
        "Iran vowed to avenge the killing of Hezbollah's commander.",
        set(),
        {("Iran", "threatens", "Hezbollah", False, True)},
    ),
    (
        "Pyongyang warned it would respond with overwhelming force to joint military drills by"
        " the United States and South Korea.",
        {
            ("North Korea", "threatens", "United States", False, True),
            ("North Korea", "threatens", "South Korea", False, True),
        },
        set(),
    ),
    (
        # "respond" is hostile only as a threat to answer an act
        "Iran responded to the US proposal. Iran said it would respond to the US proposal within"
        " days.",
        set(),
        {
            ("Iran", "attacks", "United States", False, True),
            ("Iran", "threatens", "United States", False, True),
            ("Iran", "threatens", None, False, True),
        },
    ),
    (
        # taking a place back from its holder attacks the holder, not the place
        "Iraqi forces retook Mosul from ISIS. Ukrainian troops recaptured the village from"
        " Russian forces.",
        {
            ("Iraq", "attacks", "Islamic State", False, True),
            ("Ukraine", "attacks", "Russia", False, True),
        },
        {("Iraq", "attacks", "Iraq", False, True)},
    ),
    (
        # funding is aid, as assistance is
        "Ukrainian President Volodymyr Zelenskiy thanked Norway for its funding. Germany"
        " announced new funding for Ukraine's air defence.",
        {
            ("Norway", "providesAidTo", "Ukraine", False, True),
            ("Germany", "providesAidTo", "Ukraine", False, True),
        },
        set(),
    ),
    (
        # a retaliation promised for a condition answers the condition's subject
        "If Russia uses a nuclear weapon in Ukraine, NATO will respond with overwhelming force,"
        " the alliance's secretary general warned. Iran will retaliate if Israel attacks its"
        " nuclear sites.",
        {
            ("NATO", "threatens", "Russia", False, True),
            ("Iran", "threatens", "Israel", False, True),
        },
        set(),
    ),
    (
        # a retaliation vowed with no act named answers the last act of force against the
        # retaliator (this sentence or the one before); a bystander's vow answers nothing
        "Israel struck a Hezbollah command centre in Beirut. The group vowed to retaliate.",
        {("Hezbollah", "threatens", "Israel", False, True)},
        set(),
    ),
    (
        "Russia attacked Ukraine's power grid overnight. Kyiv vowed to respond.",
        {("Ukraine", "threatens", "Russia", False, True)},
        set(),
    ),
    (
        "Israel struck Hezbollah. Iran vowed to retaliate.",
        {("Iran", "threatens", None, False, True)},
        {("Iran", "threatens", "Israel", False, True)},
    ),
    (
        # an act a participle says was done by X is X's, even under a judging verb; one
        # proposed or brokered by X is not
        "China opposed the sanctions imposed on Iran by Washington.",
        {
            ("China", "opposes", "United States", False, True),
            ("United States", "sanctions", "Iran", False, True),
        },
        set(),
    ),
    (
        "The sanctions on Iran proposed by France would hurt its economy. Syrian troops pulled"
        " out of Beirut under the terms of an agreement brokered by Saudi Arabia.",
        set(),
        {
            ("France", "sanctions", "Iran", False, True),
            ("Saudi Arabia", "agreesWith", None, False, True),
        },
    ),
    (
        # a judgement in the relative clause of a summary noun judges the clause summed up
        "Mexico raised tariffs on cars and steel from China, a move China's commerce ministry"
        " said it firmly opposed. Russia expelled two Estonian diplomats, a move that Estonia"
        " condemned as a provocation.",
        {
            ("China", "opposes", "Mexico", False, True),
            ("Estonia", "condemns", "Russia", False, True),
        },
        set(),
    ),
    (
        "Russia expelled two Estonian diplomats in a move Estonia condemned.",
        {("Estonia", "condemns", "Russia", False, True)},
        set(),
    ),
    (
        # recognition is support, as recognising is
        "Saudi Arabia welcomed France's recognition of a Palestinian state on Monday.",
        {
            ("Saudi Arabia", "praises", "France", False, True),
            ("France", "supports", "Palestine", False, True),
        },
        set(),
    ),
    (
        # a measure on goods reaches where they come from; weapons shot down do not reach
        # their maker
        "China imposed provisional anti-dumping duties of up to 39% on brandy imported from the"
        " European Union on Tuesday. Ukraine shot down drones made in Iran.",
        {("China", "sanctions", "European Union", False, True)},
        {("Ukraine", "attacks", "Iran", False, True)},
    ),
    (
        # rejecting a claim whose content is an act keeps the rejection: the claimed act is
        # the claim owner's, and the rejecting verb is no modal of it
        "India rejected Canada's allegations that Indian agents killed a Sikh activist.",
        {("India", "rejects", "Canada", False, True)},
        {("India", "attacks", "Sikh", False, True)},
    ),
    (
        # an act named as the object of a hostile act is its target's, not the subject's
        "Iran suppressed the protests. China banned the rallies.",
        set(),
        {
            ("Iran", "protestsAgainst", None, False, True),
            ("China", "protestsAgainst", None, False, True),
        },
    ),
    (
        # a state's strike on targets near a place of another state hits that state; crushing
        # a group attacks it
        "Israeli jets struck air defence sites near Isfahan. The Taliban crushed an Islamic"
        " State cell in a night raid in Kabul.",
        {
            ("Israel", "attacks", "Iran", False, True),
            ("Taliban", "attacks", "Islamic State", False, True),
        },
        set(),
    ),
    (
        # "they" is no single state named alone (a state is "it"): here the missiles (the
        # parser hangs "lodged" on "landed", so Japan's protest is lost with the visit)
        "North Korea fired two ballistic missiles into the sea on Thursday. Japan said they"
        " landed inside its exclusive economic zone and lodged a protest with Pyongyang.",
        set(),
        {("Japan", "visits", "North Korea", False, True)},
    ),
    (
        # hosting another state's forces, weapons or base is material cooperation with it,
        # not a meeting
        "Belarus began to host Russian tactical nuclear weapons. Qatar hosts a US air base.",
        {
            ("Belarus", "cooperatesWith", "Russia", False, True),
            ("Qatar", "cooperatesWith", "United States", False, True),
        },
        {("Belarus", "meetsWith", "Russia", False, True)},
    ),
    (
        # a judgement of a definite act noun naming no doer ("the attack", "the move",
        # "the measures") judges the doer of the last act of its kind before it (the
        # sentence and the two before); the judge's own act is passed over
        "Russia launched a massive missile attack on Kyiv on Monday. Germany condemned the attack.",
        {("Germany", "condemns", "Russia", False, True)},
        set(),
    ),
    (
        "China held large-scale military drills around Taiwan. Japan criticized the move.",
        {("Japan", "criticizes", "China", False, True)},
        set(),
    ),
    (
        "The US imposed new tariffs on Chinese steel. Beijing said it firmly opposed the measures.",
        {("China", "opposes", "United States", False, True)},
        set(),
    ),
    (
        "Israel struck Beirut on Tuesday. The US condemned the attack, and France welcomed "
        "the strikes.",
        {
            ("United States", "condemns", "Israel", False, True),
            ("France", "praises", "Israel", False, True),
        },
        set(),
    ),
    (
        "Russia attacked Kyiv. Ukraine struck Belgorod. Russia condemned the attack.",
        {("Russia", "condemns", "Ukraine", False, True)},
        set(),
    ),
    (
        # the last attack told has no doer named: nobody is judged, not an earlier doer
        "The US struck ISIS in Syria last week. On Monday, a suicide bomber attacked a "
        "market in Kabul. The Taliban condemned the attack.",
        {("United States", "attacks", "Islamic State", False, True)},
        {("Taliban", "condemns", "United States", False, True)},
    ),
    (
        # a target named with the noun must be the act's: no attack on Poland was told
        "Russia attacked Kyiv. Germany condemned the attack on Poland.",
        {("Russia", "attacks", "Ukraine", False, True)},
        {("Germany", "condemns", "Russia", False, True)},
    ),
    (
        # a summary noun with content of its own names its act: no reference back
        "Turkish police prevented the demonstration staged by students at Cumhuriyet "
        "University near AKP offices in Sivas on 15 October to protest the decision of "
        "sending troops to Iraq.",
        {("Turkey", "coerces", "students at Cumhuriyet University", False, True)},
        {("students at Cumhuriyet University", "protestsAgainst", "Turkey", False, True)},
    ),
    (
        # a bare vow to respond reaches back over the sentence and the two before it
        "Britain expelled a Russian diplomat on Tuesday. The Foreign Office said the "
        "diplomat was an undeclared intelligence officer. Moscow said it would respond in "
        "kind.",
        {("Russia", "threatens", "United Kingdom", False, True)},
        set(),
    ),
    (
        "Israel struck Hezbollah. Talks stalled. Markets fell. The group vowed to retaliate.",
        {("Hezbollah", "threatens", None, False, True)},
        {("Hezbollah", "threatens", "Israel", False, True)},
    ),
    (
        # the act referred back to may be judged in the passive or in a reported verdict,
        # and a labelling adjective judges like a labelling noun
        "Russia attacked Kyiv. The attack was condemned by Germany.",
        {("Germany", "condemns", "Russia", False, True)},
        set(),
    ),
    (
        "Russia attacked Kyiv. Germany said the attack was a war crime.",
        {("Germany", "criticizes", "Russia", False, True)},
        set(),
    ),
    (
        "China held military drills around Taiwan. Japan called the move regrettable.",
        {("Japan", "accuses", "China", False, True)},
        set(),
    ),
    (
        # an act referred back to may draw the reaction: "drew criticism from X"
        "Russia attacked Kyiv. The attack drew sharp criticism from Germany and France.",
        {
            ("Germany", "criticizes", "Russia", False, True),
            ("France", "criticizes", "Russia", False, True),
        },
        set(),
    ),
    (
        # a possessive pronoun a reported hostile act reaches is the speaker's, not the
        # doer's own: the act is kept (attributed), the violated airspace is Japan's
        "Japan said China violated its airspace.",
        {
            ("Japan", "accuses", "China", False, True),
            ("China", "mobilizesAgainst", "Japan", False, False),
        },
        set(),
    ),
    (
        "Armenia accused Azerbaijan on Tuesday of killing three of its soldiers in a "
        "cross-border raid.",
        {("Azerbaijan", "attacks", "Armenia", False, False)},
        set(),
    ),
    (
        # an act noun's "by X" hung on the judging verb still names the act's doer
        "Israel condemned the recognition of Palestine by Spain.",
        {("Israel", "condemns", "Spain", False, True)},
        {("Israel", "condemns", "Palestine", False, True)},
    ),
    (
        # "the Saudi-backed government" is a government its backer supports, not the
        # backer: it refers to Yemen, not to Saudi Arabia
        "Yemen's Houthis and the Saudi-backed government agreed to a prisoner exchange.",
        {
            ("Saudi Arabia", "supports", "Yemen", False, True),
            ("Houthis", "agreesWith", "Yemen", False, True),
        },
        {("Saudi Arabia", "agreesWith", "Houthis", False, True)},
    ),
    (
        "Fighting erupted in Yemen. The Saudi-backed government accused the Houthis of "
        "shelling Taiz.",
        set(),
        {("Saudi Arabia", "accuses", "Houthis", False, True)},
    ),
    (
        # ", a charge Y denied" after an accusation: Y disputes the accuser, in the
        # writer's voice (not the accuser's claim); the accusation stays a fact
        "India accused Pakistan of sponsoring terrorism, an allegation Islamabad rejected.",
        {
            ("India", "accuses", "Pakistan", False, True),
            ("Pakistan", "rejects", "India", False, True),
        },
        set(),
    ),
    (
        "Sudan accused the United Arab Emirates of arming the Rapid Support Forces, an "
        "allegation the UAE has repeatedly denied.",
        {("United Arab Emirates", "disputes", "Sudan", False, True)},
        set(),
    ),
    (
        # misparsed with "a charge Nigeria" as the denial's subject and the accusation as
        # its clause: the accusation is not denied away, nor Nigeria's claim
        "Niger accused Nigeria of allowing French troops to plot attacks, a charge Nigeria denied.",
        {
            ("Niger", "accuses", "Nigeria", False, True),
            ("Nigeria", "disputes", "Niger", False, True),
        },
        {("Niger", "accuses", "Nigeria", True, False)},
    ),
    (
        "The United States halted aid to South Africa, with President Donald Trump accusing "
        "Pretoria of confiscating land, a charge South Africa's government rejected.",
        {("South Africa", "rejects", "Donald Trump", False, True)},
        set(),
    ),
    (
        # what the writer calls an accusation accuses, whatever the act said
        "Pakistan's foreign office said India was sponsoring terrorism in Balochistan, an "
        "accusation New Delhi rejected as baseless.",
        {
            ("Pakistan", "accuses", "India", False, True),
            ("India", "rejects", "Pakistan", False, True),
        },
        set(),
    ),
    (
        # declining to comment on a claim judges nobody
        "The Financial Times reported that Britain had sent special forces to Ukraine, a "
        "claim London declined to comment on.",
        set(),
        {
            ("United Kingdom", "rejects", "Financial Times", False, True),
            ("United Kingdom", "rejects", None, False, True),  # no comment is no rejection
        },
    ),
    (
        # a bare "Security Council" is the UN's (linked to the KB), unless the text names
        # a state's own
        "The Security Council today renewed the sanctions regime against Al-Shabaab.",
        {("UN Security Council", "sanctions", "al-Shabaab", False, True)},
        set(),
    ),
    (
        "Russia's Security Council met on Friday. The Security Council sanctioned Ukraine.",
        set(),
        {("UN Security Council", "sanctions", "Ukraine", False, True)},
    ),
    (
        # what was acted on was going somewhere: a seizure of a shipment bound for X
        # reaches X too; a transfer bound for X is given to X
        "The US Navy seized Iranian weapons bound for the Houthis.",
        {
            ("United States", "coerces", "Iran", False, True),
            ("United States", "coerces", "Houthis", False, True),
        },
        {("United States", "attacks", "Houthis", False, True)},
    ),
    (
        "The US Navy intercepted missile components and drone engines bound for the Houthis.",
        {("United States", "coerces", "Houthis", False, True)},
        set(),
    ),
    (
        # a service with no state of its own coordinated with a state's is that state's
        "U.S. Navy and Coast Guard personnel seized Iranian weapons bound for the Houthis.",
        {("United States", "coerces", "Houthis", False, True)},
        {("Coast Guard", "coerces", "Houthis", False, True)},
    ),
    (
        # a regional body coordinated with a state's government stays a body of its own
        "The Iraqi government and the Kurdistan regional government cooperated closely.",
        {("Iraq", "cooperatesWith", "Kurdistan regional government", False, True)},
        set(),
    ),
    (
        # a force light verb carries out the attack its object names; a state's strike on
        # targets in another state's provinces hits that state
        "Pakistan carried out air strikes on militant hideouts in Afghanistan's Khost and "
        "Paktika provinces.",
        {("Pakistan", "attacks", "Afghanistan", False, True)},
        set(),
    ),
    (
        "Pakistan carried out air strikes in Afghanistan.",
        {("Pakistan", "attacks", "Afghanistan", False, True)},
        set(),
    ),
    (
        # sending craft around an actor or into its waters or airspace is a show of force,
        # not a transfer of weapons to it (sending them to an ally stays a transfer)
        "China sent warships into Taiwanese waters.",
        {("China", "mobilizesAgainst", "Taiwan", False, True)},
        {("China", "providesWeaponsTo", "Taiwan", False, True)},
    ),
    (
        "China sent 45 military aircraft and nine warships around Taiwan on Tuesday.",
        {("China", "mobilizesAgainst", "Taiwan", False, True)},
        set(),
    ),
    (
        "The US sent F-16s to Ukraine.",
        {("United States", "providesWeaponsTo", "Ukraine", False, True)},
        set(),
    ),
    (
        # countermeasures are sanctions; vowing them with no act named answers the last
        # hostile act against the one who vows
        "Canada imposed tariffs on Chinese steel, and Beijing vowed to take countermeasures.",
        {("China", "threatens", "Canada", False, True)},
        set(),
    ),
    (
        "China took countermeasures against Lithuania.",
        {("China", "sanctions", "Lithuania", False, True)},
        set(),
    ),
    (
        # an official of no known state reporting a state's protest speaks for that state;
        # a charge against a state reported by one stays the accuser's claim
        "Japan lodged a strong protest with China on Monday, Chief Cabinet Secretary "
        "Yoshimasa Hayashi said.",
        {("Japan", "criticizes", "China", False, True)},
        {("Yoshimasa Hayashi", "accuses", "Japan", False, False)},
    ),
    (
        "Defence Minister Wellington Koo accused Beijing of trying to intimidate the "
        "Taiwanese people.",
        {("China", "threatens", "Taiwan", False, False)},
        {("China", "threatens", "Taiwan", False, True)},
    ),
    (
        # an accusation made by X that Y did something accuses Y, whoever dismisses it;
        # committing genocide or war crimes is an attack
        "India dismissed as preposterous allegations by Canadian police that Indian "
        "government agents were linked to killings in Canada.",
        {
            ("Canada", "accuses", "India", False, True),
            ("India", "rejects", "Canada", False, True),
        },
        set(),
    ),
    (
        "Spanish Prime Minister Pedro Sanchez said that Israel was committing genocide in Gaza.",
        {("Spain", "accuses", "Israel", False, True)},
        set(),
    ),
    (
        # labelling an act told before judges its doer; the toll of an act told in
        # between ("10 people were killed") is no other act
        "Russia launched a massive drone attack on Ukraine overnight. Kyiv said 10 people "
        "were killed. President Volodymyr Zelensky called the strike a war crime.",
        {("Ukraine", "accuses", "Russia", False, True)},
        set(),
    ),
    (
        "Israel killed Hezbollah commander Fuad Shukr in Beirut. Iran condemned the assassination.",
        {("Iran", "condemns", "Israel", False, True)},
        set(),
    ),
    (
        "China detained two Canadians. Ottawa called the detentions arbitrary.",
        {("Canada", "accuses", "China", False, True)},
        set(),
    ),
    (
        "Turkey shot down a Russian jet near the Syrian border. Moscow denounced the "
        "incident as a stab in the back.",
        {("Russia", "criticizes", "Turkey", False, True)},
        set(),
    ),
    (
        # judging a joint act referred back to reaches both parties; a party judging it
        # reaches nobody
        "Israel and Hamas agreed to a ceasefire on Wednesday. The US welcomed the agreement.",
        {
            ("United States", "praises", "Israel", False, True),
            ("United States", "praises", "Hamas", False, True),
        },
        set(),
    ),
    (
        "Israel and Hamas agreed to a ceasefire. Hamas welcomed the agreement.",
        {("Israel", "agreesWith", "Hamas", False, True)},
        {("Hamas", "praises", "Israel", False, True)},
    ),
    (
        # a hostile judgement of a joint act is against the deal, not against a party
        "Israel and Hamas agreed to a ceasefire. Iran condemned the agreement.",
        {("Israel", "agreesWith", "Hamas", False, True)},
        {
            ("Iran", "condemns", "Israel", False, True),
            ("Iran", "condemns", "Hamas", False, True),
        },
    ),
    (
        # an act named after an undoing noun does not take place (or no longer does): no
        # aid in a suspension of aid, no talks in a boycott of talks
        "The US announced the suspension of military aid to Ukraine.",
        set(),
        {("United States", "providesAidTo", "Ukraine", False, True)},
    ),
    (
        "Hamas announced a boycott of the talks with Israel. Russia announced the "
        "suspension of talks with Ukraine.",
        set(),
        {
            ("Hamas", "negotiatesWith", "Israel", False, True),
            ("Russia", "negotiatesWith", "Ukraine", False, True),
        },
    ),
    (
        # failing to reach a deal with another is no rejection of it (refusing is)
        "The US failed to reach a deal with Iran. Israel refused to negotiate with Hamas.",
        {
            ("United States", "agreesWith", "Iran", True, False),
            ("Israel", "rejects", "Hamas", False, True),
        },
        {("United States", "rejects", "Iran", False, True)},
    ),
    (
        # leaving a deal or talks cuts ties with the other party; leaving a place retreats
        "Russia pulled out of the grain deal with Ukraine. Russia withdrew from the talks "
        "with Ukraine. Russia withdrew its troops from Kherson.",
        {
            ("Russia", "cutsTiesWith", "Ukraine", False, True),
            ("Russia", "withdrawsFrom", "Ukraine", False, False),
        },
        set(),
    ),
    (
        "Syrian troops pulled out of Beirut under the terms of an agreement brokered by "
        "Saudi Arabia.",
        {("Syria", "withdrawsFrom", "Lebanon", False, True)},
        {("Syria", "cutsTiesWith", "Lebanon", False, True)},
    ),
    (
        # what parties disagree "on" is the topic, not a party
        "The US and China agreed to disagree on Taiwan. Russia disagreed with Turkey on Syria.",
        {("Russia", "disputes", "Turkey", False, True)},
        {
            ("United States", "threatens", "Taiwan", False, True),
            ("China", "threatens", "Taiwan", False, True),
            ("Russia", "disputes", "Syria", False, True),
        },
    ),
    (
        # a paper named after a city is no voice of the state: its report stays its claim
        "The Jerusalem Post reported that Israel struck Iran. The Kyiv Herald reported that "
        "Russia shelled Kherson.",
        {
            ("Israel", "attacks", "Iran", False, False),
            ("Russia", "attacks", "Ukraine", False, False),
        },
        {
            ("Israel", "attacks", "Iran", False, True),
            ("Ukraine", "accuses", "Russia", False, True),
        },
    ),
    (
        "The Wall Street Journal reported that China was arming Russia.",
        {("China", "providesWeaponsTo", "Russia", False, False)},
        set(),
    ),
    (
        # coming under attack from X: X attacks the subject
        "US forces came under attack from Iran-backed militias.",
        {("Iran-backed militias", "attacks", "United States", False, True)},
        set(),
    ),
    (
        # how an act looks is not that it happened: kept, not asserted
        "China appears to be arming Russia. China seemed to back Russia's position.",
        {
            ("China", "providesWeaponsTo", "Russia", False, False),
            ("China", "supports", "Russia", False, False),
        },
        {("China", "providesWeaponsTo", "Russia", False, True)},
    ),
    (
        # a leader ordering his own forces commands them: no coercion of his state
        "Putin ordered Russian troops to attack Ukraine.",
        {("Russia", "threatens", "Ukraine", False, True)},
        {("Vladimir Putin", "coerces", "Russia", False, True)},
    ),
    (
        # "each other" / "one another" as the object: each subject acts on the other
        "Hamas and Israel accused each other of violating the truce. India and Pakistan "
        "blamed one another for the attack. Armenia and Azerbaijan attacked each other's "
        "positions.",
        {
            ("Hamas", "accuses", "Israel", False, True),
            ("Israel", "accuses", "Hamas", False, True),
            ("India", "blames", "Pakistan", False, True),
            ("Pakistan", "blames", "India", False, True),
            ("Armenia", "attacks", "Azerbaijan", False, True),
            ("Azerbaijan", "attacks", "Armenia", False, True),
        },
        set(),
    ),
    (
        # not when "each other" lies deeper in the object
        "Congo and Rwanda signed a peace agreement, committing to end support for armed "
        "groups operating on each other's territory.",
        set(),
        {
            ("Democratic Republic of the Congo", "threatens", "Rwanda", False, True),
            ("Rwanda", "threatens", "Democratic Republic of the Congo", False, True),
        },
    ),
    (
        # a measure on assets reaches their owner; seizing them is a sanction, not an attack
        "Japan froze Russian assets. The EU seized Russian central bank assets.",
        {
            ("Japan", "sanctions", "Russia", False, True),
            ("European Union", "sanctions", "Russia", False, True),
        },
        {("European Union", "attacks", "Russia", False, True)},
    ),
    (
        # a commodity the model tags as an organization is no actor
        "Qatar will supply LNG to Germany for 15 years.",
        {("Qatar", "agreesWith", "Germany", False, True)},
        {("Qatar", "agreesWith", "LNG", False, True)},
    ),
    (
        # a counteroffensive or counterattack is an attack
        "Ukraine's counteroffensive against Russia stalled.",
        {("Ukraine", "attacks", "Russia", False, True)},
        set(),
    ),
    (
        # verbs of an exchange or quarrel: coordinated subjects act on each other, an
        # exchanged thing named with a partner goes both ways; a bare disagreement with
        # someone is the subject's stance alone
        "The US and China disagree on Taiwan. Israel and Hamas traded accusations over the "
        "truce. Beijing and Tokyo have sparred over the islands. Hezbollah exchanged threats "
        "with Israel. Germany disagreed with the US decision.",
        {
            ("United States", "disputes", "China", False, True),
            ("China", "disputes", "United States", False, True),
            ("Israel", "accuses", "Hamas", False, True),
            ("Hamas", "accuses", "Israel", False, True),
            ("China", "disputes", "Japan", False, True),
            ("Japan", "disputes", "China", False, True),
            ("Hezbollah", "threatens", "Israel", False, True),
            ("Israel", "threatens", "Hezbollah", False, True),
            ("Germany", "disputes", "United States", False, True),
        },
        {
            ("United States", "disputes", "Taiwan", False, True),
            ("United States", "disputes", "Germany", False, True),
        },
    ),
    (
        # a standing relation after "at" is the subject's ("at war with", "at odds with",
        # "at loggerheads with"); another act noun after "at" is not
        "Russia is at war with Ukraine. Serbia and Kosovo remain at odds over the north. "
        "Hungary has been at loggerheads with the EU. Slovakia balked at new sanctions on "
        "Russia. China hinted at military action against Taiwan.",
        {
            ("Russia", "fightsAgainst", "Ukraine", False, True),
            ("Serbia", "disputes", "Kosovo", False, True),
            ("Kosovo", "disputes", "Serbia", False, True),
            ("Hungary", "disputes", "European Union", False, True),
        },
        {
            ("Slovakia", "sanctions", "Russia", False, True),
            ("China", "attacks", "Taiwan", False, True),
        },
    ),
    (
        # "it" or "this" judged: the act told before (the pronoun is no actor, and not the
        # judge itself); not when it stands for a clause
        "Russia launched missiles at Kyiv on Monday. Germany strongly condemned it. The EU "
        "imposed sanctions on Belarus. Minsk denounced this as blackmail.",
        {
            ("Germany", "condemns", "Russia", False, True),
            ("Belarus", "accuses", "European Union", False, True),
        },
        set(),
    ),
    (
        "Israel struck targets in Gaza. Egypt would welcome it if the fighting stopped.",
        {("Israel", "attacks", "Palestine", False, True)},
        {
            ("Egypt", "agreesWith", "Israel", False, True),
            ("Egypt", "praises", "Israel", False, True),
        },
    ),
    (
        # the rejection read from a refusal or a stop is as doubtful as the act: not in a
        # condition, not when hedged (a hedge on the refusing verb counts)
        "If the US stopped arming Taiwan, China would be pleased.",
        {("United States", "providesWeaponsTo", "Taiwan", True, False)},
        {("United States", "rejects", "Taiwan", False, True)},
    ),
    (
        "Germany reportedly refused to send tanks to Ukraine. Poland reportedly agreed to "
        "send jets to Ukraine.",
        {
            ("Germany", "rejects", "Ukraine", False, False),
            ("Poland", "agreesWith", "Ukraine", False, False),
        },
        {
            ("Germany", "rejects", "Ukraine", False, True),
            ("Poland", "agreesWith", "Ukraine", False, True),
        },
    ),
    (
        # "would like X to V": X's act, wished for (X parsed as the wish verb's object)
        "China would like the US to stop arming Taiwan.",
        set(),
        {
            ("China", "providesWeaponsTo", "Taiwan", True, False),
            ("China", "rejects", "Taiwan", False, True),
        },
    ),
    (
        # a gerund governed by an attitude has its own subject (the actor right before it)
        # and is the attitude's content, not a deed
        "Hungary vetoed Ukraine joining the EU. Turkey dropped its objection to Sweden "
        "joining NATO. Russia fears Finland joining NATO. The US raised concerns about China "
        "supplying Russia with drones.",
        {
            ("Hungary", "rejects", "Ukraine", False, True),
            ("Ukraine", "alignsWith", "European Union", False, False),
            ("Sweden", "alignsWith", "NATO", False, False),
            ("Finland", "alignsWith", "NATO", False, False),
            ("China", "providesWeaponsTo", "Russia", False, False),
        },
        {
            ("Hungary", "alignsWith", "European Union", False, True),
            ("Turkey", "alignsWith", "NATO", False, True),
            ("Finland", "alignsWith", "NATO", False, True),
            ("China", "providesWeaponsTo", "Russia", False, True),
        },
    ),
    (
        # a participle after other verbs describes the group before it, as before
        "The US delivered missiles to Afghan mujahideen fighting Soviet forces.",
        {("Afghan mujahideen", "fightsAgainst", "Soviet Union", False, True)},
        {("Afghan mujahideen", "fightsAgainst", "Soviet Union", False, False)},
    ),
    (
        # a participle right after a verb of force, with no comma, misparsed with the
        # struck actor as its subject: the actor is struck, the participle the striker's
        "Turkey shelled Syria targeting Kurdish militants. The US struck Yemen hitting Houthi "
        "targets.",
        {
            ("Turkey", "attacks", "Syria", False, True),
            ("Turkey", "targets", "Kurdish militants", False, True),
            ("United States", "attacks", "Yemen", False, True),
            ("United States", "attacks", "Houthis", False, True),
        },
        {
            ("Syria", "targets", "Kurdish militants", False, True),
            ("Yemen", "attacks", "Houthis", False, True),
        },
    ),
    (
        # a reaction that names no target reaches the subject of its after-clause
        "Japan protested after Chinese ships entered its waters. Israel retaliated after Iran "
        "launched missiles. South Korea expressed strong regret after North Korea fired two "
        "missiles into the sea.",
        {
            ("Japan", "criticizes", "China", False, True),  # a state's protest: words
            ("Israel", "attacks", "Iran", False, True),
            ("South Korea", "criticizes", "North Korea", False, True),
        },
        set(),
    ),
    (
        # a defector or an exile is a group of its own, not the state it left
        "Britain granted asylum to the Russian defector. Russian exiles in Latvia criticized "
        "the Kremlin.",
        {
            ("United Kingdom", "providesAidTo", "Russian defector", False, True),
            ("Russian exiles", "criticizes", "Russia", False, True),
        },
        {
            ("United Kingdom", "providesAidTo", "Russia", False, True),
            ("Russia", "criticizes", "Russia", False, True),
        },
    ),
    (
        # an appositive ally of the actor it stands beside: "X, Y's closest ally",
        # "X, a close ally of Y", "X, a key US ally"
        "Belarus, Russia's closest ally, hosted Russian troops. Israel, a key US ally, struck "
        "Iran. Armenia, a close ally of France, protested.",
        {
            ("Belarus", "alliesWith", "Russia", False, True),
            ("Israel", "alliesWith", "United States", False, True),
            ("Armenia", "alliesWith", "France", False, True),
        },
        set(),
    ),
    (
        # a former ally or partner is one no more
        "Pakistan is a former US ally. Turkey was once a close Israeli ally. NATO's former "
        "partners Russia and Belarus attended.",
        set(),
        {
            ("Pakistan", "alliesWith", "United States", False, True),
            ("Turkey", "alliesWith", "Israel", False, True),
            ("Russia", "partnersWith", "NATO", False, True),
            ("Belarus", "partnersWith", "NATO", False, True),
        },
    ),
    (
        # a deal under negotiation is the talks' aim, not an agreement (a deal negotiated is)
        "Israel and Hamas are negotiating a ceasefire. The US negotiated a deal with Iran.",
        {
            ("Israel", "negotiatesWith", "Hamas", False, True),
            ("United States", "agreesWith", "Iran", False, True),
        },
        {("Israel", "agreesWith", "Hamas", False, True)},
    ),
    (
        # ruling out an act refuses it (a refused cooperation rejects its partner, a refused
        # condemnation is one); not ruling it out keeps it open, a veiled threat
        "Ukraine ruled out talks with Russia. India ruled out condemning Russia. Israel has "
        "not ruled out condemning Iran.",
        {
            ("Ukraine", "rejects", "Russia", False, True),
            ("India", "refusesToCondemn", "Russia", False, True),
            ("Israel", "threatens", "Iran", False, True),
        },
        {
            ("India", "condemns", "Russia", False, True),
            ("Israel", "refusesToCondemn", "Iran", False, True),
        },
    ),
    (
        # hitting back, lashing out, railing at someone: words; hitting back with weapons or
        # strikes: force
        "Beijing hit back at the G7. Moscow lashed out at Finland for joining NATO. Russia "
        "railed against NATO. Israel hit back at Hezbollah with air strikes.",
        {
            ("China", "criticizes", "G7", False, True),
            ("Russia", "criticizes", "Finland", False, True),
            ("Russia", "criticizes", "NATO", False, True),
            ("Israel", "attacks", "Hezbollah", False, True),
        },
        {
            ("China", "attacks", "G7", False, True),
            ("Russia", "alignsWith", "NATO", False, True),
            ("Israel", "criticizes", "Hezbollah", False, True),
        },
    ),
    (
        # a hyphenated region the model tags as an organisation is a place, no actor
        "The Quad leaders pledged to uphold a free and open Indo-Pacific.",
        set(),
        {("Quad", "agreesWith", "Indo-Pacific", False, True)},
    ),
    (
        # who an act angers or alarms criticizes its doer (active, passive, or the act told
        # before)
        "Lithuania's decision to open a Taiwanese office angered China. Japan was alarmed by "
        "Chinese drills. Russia launched missiles at Kyiv. The attack outraged Poland.",
        {
            ("China", "criticizes", "Lithuania", False, True),
            ("Japan", "criticizes", "China", False, True),
            ("Poland", "criticizes", "Russia", False, True),
        },
        {("Lithuania", "criticizes", "China", False, True)},
    ),
    (
        # calling someone an extremist, a separatist or a spy accuses them
        "China called Lai Ching-te a dangerous separatist. Russia labelled Meta extremist.",
        {
            ("China", "accuses", "Lai Ching-te", False, True),
            ("Russia", "accuses", "Meta", False, True),
        },
        set(),
    ),
    (
        # "denied it": the charge told before (the denier disputes the accuser); a vow of
        # revenge answers the last blow against the one who vows it
        "Pakistan accused India of the attack. The Indian government denied it. Israel "
        "killed a Hamas commander. Hamas vowed revenge.",
        {
            ("India", "disputes", "Pakistan", False, True),
            ("Hamas", "threatens", "Israel", False, True),
        },
        set(),
    ),
    (
        # fire named by its weapon is an attack; a fire that breaks out is none
        "Kyiv came under Russian missile fire. Ukrainian troops came under heavy fire from "
        "Russian forces. A fire broke out at the Russian embassy in Kyiv.",
        {
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("Ukraine", "attacks", "Russia", False, True)},
    ),
    (
        # headline style: "X to V" and "X is to V" announce (a threat, not the act); a
        # listed subject "US, UK strike ..." is both
        "China to impose tariffs on EU brandy. Beijing is to impose tariffs on Canadian "
        "canola. US, UK strike Houthi targets in Yemen.",
        {
            ("China", "threatens", "European Union", False, True),
            ("China", "threatens", "Canada", False, True),
            ("United States", "attacks", "Houthis", False, True),
            ("United Kingdom", "attacks", "Houthis", False, True),
        },
        {
            ("China", "sanctions", "European Union", False, True),
            ("China", "sanctions", "Canada", False, True),
        },
    ),
    (
        # telling someone to act calls on them; the act is asked of them, not done
        "Blinken told Netanyahu to avoid civilian deaths. China told the US to stop arming Taiwan.",
        {
            ("United States", "callsOn", "Benjamin Netanyahu", False, True),
            ("China", "callsOn", "United States", False, True),
        },
        {
            ("China", "rejects", "Taiwan", False, True),
            ("China", "providesWeaponsTo", "Taiwan", True, False),
        },
    ),
    (
        # ending, revoking or scrapping a deal with X reduces relations with X, as ending
        # cooperation or talks does
        "Niger revoked its military cooperation agreement with the US. Trump scrapped the "
        "nuclear deal with Iran. Mali ended military cooperation with France.",
        {
            ("Niger", "cutsTiesWith", "United States", False, True),
            ("United States", "cutsTiesWith", "Iran", False, True),
            ("Mali", "cutsTiesWith", "France", False, True),
        },
        {("United States", "agreesWith", "Iran", False, True)},
    ),
    (
        # closing airspace or ports to X sanctions X, as closing the border does
        "Turkey closed its airspace to Israeli flights. The EU closed its ports to Russian "
        "vessels.",
        {
            ("Turkey", "sanctions", "Israel", False, True),
            ("European Union", "sanctions", "Russia", False, True),
        },
        set(),
    ),
    (
        # "they" after coordinated subjects is both: neither is the other's rival (asserted);
        # "it" with two states before it stays doubtful
        "Germany and France met in Paris. They agreed to support Ukraine. Spain met Italy in "
        "Rome. It agreed to support Moldova.",
        {
            ("Germany", "agreesWith", "Ukraine", False, True),
            ("France", "agreesWith", "Ukraine", False, True),
            ("Spain", "agreesWith", "Moldova", False, False),
        },
        {("Spain", "agreesWith", "Moldova", False, True)},
    ),
    (
        # a capital or a state right after an honorific is a person's name
        "Mr. Paris criticized the Kremlin. Mrs. Jordan met Biden.",
        set(),
        {
            ("France", "criticizes", "Russia", False, True),
            ("Jordan", "meetsWith", "Joe Biden", False, True),
        },
    ),
    (
        # claiming an attack owns it; not claiming it owns nothing; denying responsibility
        # for an attack disputes no victim
        "The Houthis claimed responsibility for attacks on US warships. Ukraine has not "
        "claimed responsibility for the drone attack on Moscow. Iran denied involvement in "
        "the attack on Israel.",
        {("Houthis", "attacks", "United States", False, True)},
        {
            ("Ukraine", "attacks", "Russia", False, True),
            ("Iran", "disputes", "Israel", False, True),
        },
    ),
    (
        # nouns naming an actor by its stance: the one beside the noun acts on its owner or
        # its "of" object
        "Turkey has been a vocal critic of Israel. Kremlin critic Alexei Navalny died in "
        "prison. Germany is the largest donor to Ukraine. Iran, a key backer of Hezbollah, "
        "condemned the strike.",
        {
            ("Turkey", "criticizes", "Israel", False, True),
            ("Alexei Navalny", "criticizes", "Russia", False, True),
            ("Germany", "providesAidTo", "Ukraine", False, True),
            ("Iran", "supports", "Hezbollah", False, True),
        },
        {("Russia", "criticizes", "Alexei Navalny", False, True)},
    ),
    (
        # a bare "General Assembly" is the UN's, as a bare "Security Council" is
        "The General Assembly voted to suspend Russia from the Human Rights Council.",
        {("UN General Assembly", "sanctions", "Russia", False, True)},
        set(),
    ),
    (
        # a name tagged as an organisation with an appositive title is a person of the body
        # the title names (one critic, not two)
        "Smith, the NATO spokesman, criticized Russia.",
        {("NATO", "criticizes", "Russia", False, True)},
        {("Smith", "criticizes", "Russia", False, True)},
    ),
    (
        # a joint act's hyphened doers are all judged; a backer in the act's modifier is no
        # doer
        "Russia criticized the US-UK strikes on Yemen. Germany condemned the Iran-backed "
        "Houthi attack.",
        {
            ("Russia", "criticizes", "United States", False, True),
            ("Russia", "criticizes", "United Kingdom", False, True),
            ("Germany", "condemns", "Houthis", False, True),
        },
        {("Germany", "condemns", "Iran", False, True)},
    ),
    (
        # freezing or ending one's participation or membership in a body cuts ties with it
        "Armenia froze its participation in the CSTO. Mali ended its membership in ECOWAS.",
        {
            ("Armenia", "cutsTiesWith", "Collective Security Treaty Organization", False, True),
            ("Mali", "cutsTiesWith", "Economic Community of West African States", False, True),
        },
        set(),
    ),
    (
        # suspending another's membership suspends that member
        "In response, the Arab League suspended Egypt's membership.",
        {("Arab League", "sanctions", "Egypt", False, True)},
        set(),
    ),
    (
        # a prisoner swap or exchange is cooperation between its sides (not its broker's)
        "The UAE brokered a prisoner swap between Russia and Ukraine. Caracas released five "
        "jailed Americans in a prisoner swap with the United States.",
        {
            ("Russia", "cooperatesWith", "Ukraine", False, True),
            ("Venezuela", "cooperatesWith", "United States", False, True),
        },
        {("United Arab Emirates", "cooperatesWith", "Russia", False, True)},
    ),
    (
        # "moved to V": an intent, not the act
        "Turkey and Syria moved to restore ties.",
        {("Turkey", "agreesWith", "Syria", False, True)},
        {("Turkey", "alignsWith", "Syria", False, True)},
    ),
    (
        # ", a charge Y denies" in the present tense, parsed two more ways: the accusation
        # stands, Y disputes the accuser
        "Congo accused Rwanda of backing the M23 rebels, a charge Kigali denies. Somalia "
        "accused Ethiopia of backing separatists, a charge Ethiopia denies.",
        {
            ("Democratic Republic of the Congo", "accuses", "Rwanda", False, True),
            ("Rwanda", "disputes", "Democratic Republic of the Congo", False, True),
            ("Somalia", "accuses", "Ethiopia", False, True),
            ("Ethiopia", "disputes", "Somalia", False, True),
        },
        {
            ("Democratic Republic of the Congo", "accuses", "Rwanda", True, False),
            ("Somalia", "accuses", "Ethiopia", True, False),
        },
    ),
    (
        # annexing or occupying a territory targets its state, asserted (the territory is
        # what is taken, not a stand-in); "the West" no longer hides "the West Bank"
        "Russia annexed Crimea. Israel occupied the Golan Heights. Israel occupies the West Bank.",
        {
            ("Russia", "occupies", "Ukraine", False, True),
            ("Israel", "occupies", "Syria", False, True),
            ("Israel", "occupies", "Palestine", False, True),
        },
        set(),
    ),
    (
        "Russia vetoed a UN Security Council resolution that would have condemned its "
        "annexation of Crimea.",
        set(),
        {
            ("UN Security Council", "refusesToCondemn", "Ukraine", False, True),
            ("UN Security Council", "condemns", "Ukraine", False, True),
        },
    ),
    (
        # coordinated or hyphened owners and doers are each reached, not the first alone
        "The US imposed tariffs on Canadian and Mexican goods. China condemned the US and "
        "British strikes on Yemen. Pyongyang condemned the US-South Korean drills.",
        {
            ("United States", "sanctions", "Canada", False, True),
            ("United States", "sanctions", "Mexico", False, True),
            ("China", "condemns", "United States", False, True),
            ("China", "condemns", "United Kingdom", False, True),
            ("North Korea", "condemns", "United States", False, True),
            ("North Korea", "condemns", "South Korea", False, True),
        },
        set(),
    ),
    (
        # a bid owned by a state is that state's own: blocking it does not make the blocker
        # the would-be member; an unowned motion is still the rejecter's refusal
        "Turkey blocked Sweden's bid to join NATO. Hungary vetoed Ukraine's bid to join the "
        "EU. Russia blocked a UN bid to condemn Israel.",
        {
            ("Turkey", "rejects", "Sweden", False, True),
            ("Hungary", "rejects", "Ukraine", False, True),
            ("Russia", "refusesToCondemn", "Israel", False, True),
        },
        {
            ("Turkey", "rejects", "NATO", False, True),
            ("Hungary", "rejects", "European Union", False, True),
            ("Turkey", "alignsWith", "NATO", True, False),
        },
    ),
    (
        # co-mediators named on the noun do not negotiate with each other (cue
        # mediator_verbs holds "mediation" too); the parties still do
        "Hamas welcomed the Egyptian and Qatari mediation. Qatar's mediation between Israel "
        "and Hamas continued.",
        {
            ("Hamas", "praises", "Egypt", False, True),
            ("Hamas", "praises", "Qatar", False, True),
            ("Israel", "negotiatesWith", "Hamas", False, True),
        },
        {("Egypt", "negotiatesWith", "Qatar", False, True)},
    ),
    (
        # condolences and sympathy are verbal support, not an offer of a deal
        "Japan offered condolences to Turkey after the earthquake. Putin sent condolences to "
        "Iran over the helicopter crash. India extended its sympathy to Nepal.",
        {
            ("Japan", "supports", "Turkey", False, True),
            ("Russia", "supports", "Iran", False, True),
            ("India", "supports", "Nepal", False, True),
        },
        {("Japan", "agreesWith", "Turkey", False, True)},
    ),
    (
        # fighting alongside a partner is military cooperation with it, target named or not
        "North Korean troops are fighting alongside Russian forces. Cuban mercenaries fought "
        "alongside Russian troops. Belarus did not fight alongside Russia.",
        {
            ("North Korea", "cooperatesWith", "Russia", False, True),
            ("Cuba", "cooperatesWith", "Russia", False, True),
        },
        {("Belarus", "cooperatesWith", "Russia", False, True)},
    ),
    (
        # entering or breaching another's waters or airspace is a show of force, and "its"
        # waters are not the intruder's own
        "Chinese ships entered Japanese waters. A Russian fighter jet entered Swedish "
        "airspace. Russian drones breached Romanian airspace. Taiwan protested after Chinese "
        "warships entered its waters. The tanker entered Iranian waters.",
        {
            ("China", "mobilizesAgainst", "Japan", False, True),
            ("Russia", "mobilizesAgainst", "Sweden", False, True),
            ("Russia", "mobilizesAgainst", "Romania", False, True),
            ("China", "mobilizesAgainst", "Taiwan", False, True),
        },
        {("China", "mobilizesAgainst", None, False, True)},
    ),
    (
        # a clause before a semicolon is the writer's own, not what the verb after it denies
        # or says; a denied "claim" told with "the" is the accusation told before
        "Pakistan accused India of the strike; India denied the claim. Russia struck Kyiv; "
        "Ukraine said 15 people died. Azerbaijan accused Armenia of shelling. Armenia denied "
        "the allegations.",
        {
            ("Pakistan", "accuses", "India", False, True),
            ("India", "disputes", "Pakistan", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
            ("Armenia", "disputes", "Azerbaijan", False, True),
        },
        {
            ("Pakistan", "accuses", "India", True, False),
            ("Russia", "attacks", "Ukraine", False, False),
        },
    ),
    (
        # inside a quote, both clauses stay the speaker's
        '"Russia attacked Kyiv; civilians died," said Zelensky.',
        {("Ukraine", "accuses", "Russia", False, True)},
        {("Russia", "attacks", "Ukraine", False, True)},
    ),
    (
        # ", which X denied / condemned" after a clause reacts to the whole clause, and is
        # the writer's account, not part of the charge; another relative clause inside a
        # report stays the reporter's
        "Azerbaijan accused Armenia of shelling its positions, which Yerevan denied. Russia "
        "expelled two Estonian diplomats, which Estonia condemned. China sent warships near "
        "Taiwan, which Japan criticized. Ukraine said Russia attacked Kharkiv, which Russian "
        "troops later occupied.",
        {
            ("Azerbaijan", "accuses", "Armenia", False, True),
            ("Armenia", "disputes", "Azerbaijan", False, True),
            ("Estonia", "condemns", "Russia", False, True),
            ("Japan", "criticizes", "China", False, True),
            ("Russia", "occupies", "Ukraine", False, False),
        },
        {
            ("Japan", "criticizes", "Taiwan", False, True),
            ("Russia", "occupies", "Ukraine", False, True),
        },
    ),
    (
        # ", angering X" after a clause: X is stirred against the clause's doer
        "China held drills near Taiwan, alarming Japan. Lithuania opened a Taiwanese office, "
        "angering China.",
        {
            ("Japan", "criticizes", "China", False, True),
            ("China", "criticizes", "Lithuania", False, True),
        },
        {("Japan", "criticizes", "Taiwan", False, True)},
    ),
    (
        # taking a state to court accuses it (CAMEO 115, bring a lawsuit against)
        "South Africa filed a genocide case against Israel at the International Court of "
        "Justice. Nicaragua brought a case against Germany. Ukraine won a case against Russia.",
        {
            ("South Africa", "accuses", "Israel", False, True),
            ("Nicaragua", "accuses", "Germany", False, True),
        },
        {("Ukraine", "accuses", "Russia", False, True)},
    ),
    (
        # an object pronoun is not its clause's own subject ("him", not "himself")
        "French President Emmanuel Macron spoke with Putin. Macron urged him to end the war. "
        "Putin met Xi. He praised him.",
        {
            ("France", "callsOn", "Vladimir Putin", False, True),
            ("Russia", "praises", "Xi Jinping", False, False),  # "He": two persons before
        },
        {("Vladimir Putin", "praises", "Russia", False, False)},
    ),
    (
        # who was killed or hurt "in" a hostile act is its target, as sure as the harm
        "Hezbollah leader Hassan Nasrallah was killed in an Israeli strike on Beirut. Two "
        "Iranian generals died in an Israeli airstrike in Damascus. Hamas leader Ismail "
        "Haniyeh was not killed in the Israeli strike.",
        {
            ("Israel", "attacks", "Hassan Nasrallah", False, True),
            ("Israel", "attacks", "Lebanon", False, True),
            ("Israel", "attacks", "Iran", False, True),
        },
        {("Israel", "attacks", "Ismail Haniyeh", False, True)},
    ),
    (
        # a sentence-initial name the parser made an adverb of its verb is the subject
        "Nauru cut ties with Taiwan.",
        {("Nauru", "cutsTiesWith", "Taiwan", False, True)},
        set(),
    ),
    (
        # the Baltic states are one bloc (KB: Estonia, Latvia, Lithuania); the Baltic Sea
        # is a sea
        "Putin threatened the Baltic states. Russia accused the Baltics of discrimination. "
        "Russian warships sailed in the Baltic Sea.",
        {
            ("Russia", "threatens", "the Baltic states", False, True),
            ("Russia", "accuses", "the Baltic states", False, True),
        },
        {("Russia", "threatens", None, False, True)},
    ),
    (
        # a hospital or school named after a name is a place struck, not an organisation
        "Israeli troops raided the al-Shifa hospital. Ukraine banned the Russian Orthodox Church.",
        {("Ukraine", "coerces", "Russian Orthodox Church", False, True)},  # a church is a body
        {("Israel", "attacks", "al-Shifa", False, True)},
    ),
    (
        # a speaker saying an actor is something pejorative accuses it; the writer's own
        # copula accuses nobody, and a negated one is a negated charge
        '"Russia is a terrorist state," Zelensky told reporters. Erdogan said Israel is an '
        "apartheid state. Orban said Russia is not a threat to Europe. Iran is a threat.",
        {
            ("Ukraine", "accuses", "Russia", False, True),
            ("Turkey", "accuses", "Israel", False, True),
            ("Hungary", "accuses", "Russia", True, False),
        },
        {("Hungary", "accuses", "Russia", False, True)},
    ),
    (
        # declaring an actor something pejorative accuses it; an "undesirable" designation
        # bans (sanctions) the body named
        "Ukraine declared Russia a terrorist state. Russia designated Amnesty International an "
        "undesirable organization. Russia declared war on Ukraine.",
        {
            ("Ukraine", "accuses", "Russia", False, True),
            ("Russia", "sanctions", "Amnesty International", False, True),
            ("Russia", "fightsAgainst", "Ukraine", False, True),
        },
        set(),
    ),
    (
        # switching ties or recognition from one actor to another cuts the first and aligns
        # with the second (recognising is support, read from the noun); not when negated
        "Honduras switched diplomatic recognition from Taiwan to China. Nauru switched "
        "diplomatic ties from Taiwan to China. Panama did not switch recognition from Taiwan "
        "to China.",
        {
            ("Honduras", "cutsTiesWith", "Taiwan", False, True),
            ("Honduras", "supports", "China", False, True),
            ("Nauru", "cutsTiesWith", "Taiwan", False, True),
            ("Nauru", "alignsWith", "China", False, True),
        },
        {("Panama", "cutsTiesWith", "Taiwan", False, True)},
    ),
    (
        "Germany supports Ukraine's efforts to join NATO.",  # sought, not yet done: an intent
        {
            ("Germany", "supports", "Ukraine", False, True),
            ("Ukraine", "agreesWith", "NATO", False, True),
        },
        {("Ukraine", "alignsWith", "NATO", False, True)},
    ),
    (
        "The UK supports Iraq's efforts to defeat ISIL.",  # an ongoing act: the fight itself
        {
            ("United Kingdom", "supports", "Iraq", False, True),
            ("Iraq", "attacks", "Islamic State", False, True),
        },
        {("Iraq", "threatens", "Islamic State", False, True)},
    ),
    (
        "North Korea launched a ballistic missile over Japan on Tuesday.",  # a show of force
        {("North Korea", "mobilizesAgainst", "Japan", False, True)},
        {("North Korea", "attacks", "Japan", False, True)},
    ),
    (
        "Iran fired missiles over Iraq at Israel.",  # over one state, at another: an attack
        {("Iran", "attacks", "Israel", False, True)},
        {
            ("Iran", "mobilizesAgainst", "Iraq", False, True),
            ("Iran", "attacks", "Iraq", False, True),
        },
    ),
    (
        "Russia fired missiles at Kyiv over the weekend.",  # "over" a time: still an attack
        {("Russia", "attacks", "Ukraine", False, True)},
        {("Russia", "mobilizesAgainst", "Ukraine", False, True)},
    ),
    (
        "Germany will deliver Leopard 2 tanks to Ukraine.",  # a tank's name is no actor
        {("Germany", "agreesWith", "Ukraine", False, True)},
        {("Germany", "agreesWith", "Leopard 2", False, True)},
    ),
    (
        "Germany will deliver Leopard tanks to Ukraine.",
        {("Germany", "agreesWith", "Ukraine", False, True)},
        {("Germany", "agreesWith", "Leopard", False, True)},
    ),
    (
        "Egypt and Qatar are mediating between Israel and Hamas.",  # subject hung on "are"
        {
            ("Egypt", "negotiatesWith", "Israel", False, True),
            ("Qatar", "negotiatesWith", "Hamas", False, True),
        },
        {("Egypt", "negotiatesWith", "Qatar", False, True)},
    ),
    (
        "The Philippines accused China of ramming its coast guard vessel near Second Thomas Shoal.",
        # "coast guard" tagged ORG: a service's common name, no organization of its own
        {("China", "attacks", "Philippines", False, False)},
        {("China", "attacks", "coast guard", False, False)},
    ),
    (
        "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.",
        {  # the broker of the parties' deal deals with both, and brokered it (no promise)
            ("Saudi Arabia", "agreesWith", "Iran", False, True),
            ("China", "negotiatesWith", "Saudi Arabia", False, True),
            ("China", "negotiatesWith", "Iran", False, True),
        },
        {("China", "agreesWith", None, False, True)},
    ),
    (
        "Russia recognized the independence of Donetsk and Luhansk.",  # breakaway regions:
        {("Russia", "disputes", "Ukraine", False, False)},  # Ukraine's hold contested
        {("Russia", "supports", "Ukraine", False, False)},
    ),
    (
        "Spain recognized Palestine.",  # a state recognised: support, as before
        {("Spain", "supports", "Palestine", False, True)},
        {("Spain", "disputes", "Palestine", False, True)},
    ),
    (
        "Venezuela threatened to annex the Essequibo region of Guyana.",  # a region's name
        {("Venezuela", "threatens", "Guyana", False, True)},  # (tagged ORG) is a place
        {("Venezuela", "threatens", "Essequibo", False, True)},
    ),
    (
        "India abstained from a UN vote condemning Russia.",  # an abstention refuses
        {
            ("India", "refusesToCondemn", "Russia", False, True),
            ("India", "condemns", "Russia", True, False),
        },
        {("India", "condemns", "Russia", False, True)},
    ),
    (
        "Beijing has never ruled out the use of force against Taiwan.",  # the phrase's head
        {("China", "threatens", "Taiwan", False, True)},  # "use" holds "against Taiwan"
        {("China", "attacks", "Taiwan", False, True)},
    ),
    (
        "The US sanctioned three Chinese companies it accused of helping Russia's military.",
        {  # a relative clause with no "that": its verb's object is the noun it hangs on
            ("United States", "accuses", "Chinese companies", False, True),
            ("Chinese companies", "providesAidTo", "Russia", False, False),
        },
        {("United States", "providesAidTo", "Russia", False, True)},
    ),
    (
        "Hungary, which is close to Moscow, said it would veto the package.",  # "it" is the
        {("Hungary", "threatens", None, False, True)},  # speaker's, not the nearer Moscow
        {
            ("Hungary", "accuses", "Russia", False, True),
            ("Russia", "threatens", None, False, False),
        },
    ),
    (
        "Hungary, which has close ties with the Kremlin, signaled it would not block the measures.",
        {("Hungary", "rejects", None, True, False)},
        {("Russia", "rejects", None, True, False)},
    ),
    (
        "Hungary maintains close ties with Russia.",  # kept up, not talked of ("maintained
        {("Hungary", "alignsWith", "Russia", False, True)},  # that ..." stays speech)
        {("Hungary", "accuses", "Russia", False, True)},
    ),
    (
        "Putin hosted Modi for a summit aimed at building close relations between the two leaders.",
        {("Russia", "meetsWith", "Narendra Modi", False, True)},  # what talks aim at: not done
        {("Russia", "alignsWith", "India", False, True)},
    ),
    (
        "Washington sanctioned three Chinese companies. The State Department said the companies "
        "had supplied drone parts to Russia.",  # "the companies": the companies named before
        {("Chinese companies", "providesWeaponsTo", "Russia", False, False)},
        {("United States", "providesWeaponsTo", "Russia", False, True)},
    ),
    (
        "The Kremlin said the strikes were a response to Ukrainian attacks on Russian territory.",
        {  # a hostile act told in passing by its victim is the victim's account
            ("Ukraine", "attacks", "Russia", False, False),
            ("Russia", "accuses", "Ukraine", False, True),
        },
        {("Ukraine", "attacks", "Russia", False, True)},
    ),
    (
        "NATO said China's support for Russia's invasion of Ukraine was alarming.",  # told in
        {("Russia", "invades", "Ukraine", False, True)},  # passing by a third party: the
        {("Russia", "invades", "Ukraine", False, False)},  # writer's too
    ),
    (
        "Ethiopia signed a port deal with Somaliland, angering Somalia.",  # a breakaway
        {  # region's own authorities: no partner of the state that claims it
            ("Ethiopia", "alignsWith", "Somaliland", False, True),
            ("Somalia", "criticizes", "Ethiopia", False, True),
        },
        {("Ethiopia", "alignsWith", "Somalia", False, False)},
    ),
    (
        "Qatar sent aid to Gaza.",  # a region of no government of its own: its state's
        {("Qatar", "providesAidTo", "Palestine", False, False)},
        {("Qatar", "providesAidTo", "Gaza", False, True)},
    ),
    (
        "Japan vowed to support Ukraine.",  # a vow of cooperation is a promise, no threat
        {("Japan", "agreesWith", "Ukraine", False, True)},
        {("Japan", "threatens", "Ukraine", False, True)},
    ),
    (
        "Beijing and Moscow vowed to stand together against Western pressure.",
        {("China", "agreesWith", "Russia", False, True)},  # "stand together": alignment
        {("China", "threatens", "Russia", False, True)},
    ),
    (
        "Hezbollah threatened to deliver painful blows to Israel.",  # blows delivered are
        {("Hezbollah", "threatens", "Israel", False, True)},  # no aid
        {("Hezbollah", "agreesWith", "Israel", False, True)},
    ),
    (
        "Iran vowed to meet the IAEA chief.",  # a vowed meeting is promised, not threatened
        {("Iran", "meetsWith", "International Atomic Energy Agency", False, False)},
        {
            ("Iran", "threatens", "International Atomic Energy Agency", False, True),
            ("Iran", "meetsWith", "International Atomic Energy Agency", False, True),
        },
    ),
    (
        "Kenya hosted the Sudanese Rapid Support Forces leader.",  # a force named by words of
        {("Kenya", "meetsWith", "Rapid Support Forces", False, True)},  # its own: no organ
        {("Kenya", "meetsWith", "Sudan", False, True)},  # of the state
    ),
    (
        "Egypt hosted the Sudanese Armed Forces chief.",  # the state's own armed forces
        {("Egypt", "meetsWith", "Sudan", False, True)},
        {("Egypt", "meetsWith", "Sudanese Armed Forces", False, True)},
    ),
    (
        "The Houthis said they had targeted a US warship, a claim the Pentagon denied.",
        {  # the text calls it a claim another actor denies: contested, not a fact
            ("Houthis", "targets", "United States", False, False),
            ("United States", "disputes", "Houthis", False, True),
        },
        {("Houthis", "targets", "United States", False, True)},
    ),
    (
        "Ukraine said Russia shelled Kharkiv, a claim Moscow disputed.",  # the accusation
        {("Ukraine", "accuses", "Russia", False, True)},  # was made all the same
        {("Ukraine", "accuses", "Russia", False, False)},
    ),
    (
        "Israel and the UAE signed the Abraham Accords.",  # a named accord keeps its plural
        {("Israel", "alignsWith", "United Arab Emirates", False, True)},  # "s" as its lemma
        {("Israel", "alignsWith", "Abraham Accords", False, True)},
    ),
    (
        "Russia violated the Minsk Agreements.",  # a city naming an accord is no actor
        {("Russia", "rejects", None, False, True)},
        {("Russia", "rejects", "Belarus", False, True)},
    ),
    (
        "The African Union reinstated Gabon.",  # lifting a suspension concedes
        {("African Union", "concedesTo", "Gabon", False, True)},
        {("African Union", "sanctions", "Gabon", False, True)},
    ),
    (
        "India has neither condemned nor endorsed Russia's invasion.",  # "nor" negates its
        {  # conjunct, whatever tense the tagger gave it (here VBD after a VBN)
            ("India", "condemns", "Russia", True, False),
            ("India", "supports", "Russia", True, False),
        },
        {("India", "supports", "Russia", False, True)},
    ),
    (
        "Germany condemned Russia and sanctioned Moscow.",  # "and" negates nothing
        {
            ("Germany", "condemns", "Russia", False, True),
            ("Germany", "sanctions", "Russia", False, True),
        },
        {("Germany", "sanctions", "Russia", True, False)},
    ),
    (
        "Iran has failed to comply with the IAEA.",  # complying yields; failing to refuses
        {
            ("Iran", "concedesTo", "International Atomic Energy Agency", True, False),
            ("Iran", "rejects", "International Atomic Energy Agency", False, True),
        },
        {("Iran", "concedesTo", "International Atomic Energy Agency", False, True)},
    ),
    (
        "Germany and Japan signed a joint statement on Ukraine.",  # signed together: agreed
        {("Germany", "agreesWith", "Japan", False, True)},
        {("Germany", "agreesWith", "Ukraine", False, True)},
    ),
    (
        "France signed a statement.",  # a text of one's own binds nobody
        set(),
        {("France", "agreesWith", None, False, True)},
    ),
    (
        "According to Israeli media, Hamas rejected the latest proposal.",  # the source is
        {("Hamas", "rejects", None, False, False)},  # no object of the rejection
        {("Hamas", "rejects", "Israel", False, False)},
    ),
    (
        "The US deployed troops in Poland.",  # an ally hosts them: no show of force
        {("United States", "mobilizesAgainst", None, False, True)},
        {("United States", "mobilizesAgainst", "Poland", False, True)},
    ),
    (
        "NATO deployed battlegroups in Estonia.",  # the alliance in a member
        {("NATO", "mobilizesAgainst", None, False, True)},
        {("NATO", "mobilizesAgainst", "Estonia", False, True)},
    ),
    (
        "Turkey deployed troops in Syria.",  # no ally: a show of force, as before
        {("Turkey", "mobilizesAgainst", "Syria", False, True)},
        set(),
    ),
    (
        "Iran said it had downed a US drone, a claim Washington dismissed.",  # any verb the
        {("Iran", "attacks", "United States", False, False)},  # lexicon reads as rejecting
        {("Iran", "attacks", "United States", False, True)},
    ),
    (
        "Iran said it had downed a US drone, a claim Washington condemned.",  # condemned, not
        {("Iran", "attacks", "United States", False, True)},  # disputed: told as done
        set(),
    ),
    (
        "Russia fired missiles over the weekend.",  # "over" a time reaches nobody: no show
        set(),  # of force (a show of force needs an actor "over" it)
        {("Russia", "mobilizesAgainst", None, False, True)},
    ),
    (
        "China said the Philippine vessel had illegally intruded into Chinese waters.",
        {
            ("Philippines", "mobilizesAgainst", "China", False, False),
            ("China", "accuses", "Philippines", False, True),
        },
        set(),
    ),
    (
        "The Chinese intrusion into Philippine waters angered Manila.",
        {
            ("China", "mobilizesAgainst", "Philippines", False, True),
            ("Philippines", "criticizes", "China", False, True),
        },
        set(),
    ),
    (
        "China is encroaching on Philippine territory.",
        {("China", "mobilizesAgainst", "Philippines", False, True)},
        set(),
    ),
    (
        "The United States reaffirmed its Mutual Defense Treaty with the Philippines. The two "
        "countries signed a trade pact.",
        {("United States", "alliesWith", "Philippines", False, True)},  # a defence treaty
        {("United States", "agreesWith", "Philippines", False, True)},
    ),
    (
        "Japan signed a defence pact with Australia. India signed a defence deal with France.",
        {  # the kind of pact decides; a defence deal is an agreement (arms, industry)
            ("Japan", "alliesWith", "Australia", False, True),
            ("India", "alignsWith", "France", False, True),
        },
        {("India", "alliesWith", "France", False, True)},
    ),
    (
        "The US-Philippine defense treaty covers attacks on coast guard vessels.",
        {("United States", "alliesWith", "Philippines", False, True)},
        {  # lowercase words tagged ORG name nobody
            ("Philippines", "attacks", "coast guard vessels", False, True),
            ("United States", "attacks", "coast guard vessels", False, True),
        },
    ),
    (
        "Mali's military junta expelled the French ambassador. Paris has accused the junta of "
        "relying on Russian mercenaries.",
        {  # "the junta" is the junta named before, not the accuser's own government
            ("Mali", "cutsTiesWith", "France", False, True),
            ("France", "accuses", "Mali", False, True),
        },
        {("France", "accuses", "France", False, True)},
    ),
    (
        "The US condemned Iran. Britain also criticized the government.",
        {("United Kingdom", "criticizes", "Iran", False, True)},  # not its own government
        {("United Kingdom", "criticizes", "United Kingdom", False, True)},
    ),
    (
        "KYIV, Ukraine (AP) — Russia launched a massive drone attack on Ukraine overnight.",
        {("Russia", "attacks", "Ukraine", False, True)},  # the dateline is no second subject
        set(),
    ),
    (
        "MANILA, Nov 12 (Reuters) - The Philippines accused China of harassment. BEIJING — "
        "China protested against the new US sanctions.",
        {
            ("Philippines", "accuses", "China", False, True),
            ("China", "criticizes", "United States", False, True),
        },
        set(),
    ),
    (
        "Putin ordered the invasion of Ukraine. Trump ordered strikes on Iranian nuclear sites. "
        "Niger ordered French troops to leave.",
        {  # an act ordered by its commander is the commander's act; an order to others coerces
            ("Russia", "invades", "Ukraine", False, True),
            ("United States", "attacks", "Iran", False, True),
            ("Niger", "coerces", "France", False, True),
        },
        {
            ("Russia", "coerces", "Ukraine", False, True),
            ("Russia", "opposes", "Ukraine", False, True),
            ("United States", "opposes", "Iran", False, True),
        },
    ),
    (
        "Moscow deployed tactical nuclear weapons in Belarus. Russia deployed troops in Armenia.",
        {  # hosted by a fellow CSTO member (Armenia froze its participation: not one)
            ("Russia", "mobilizesAgainst", None, False, True),
            ("Russia", "mobilizesAgainst", "Armenia", False, True),
        },
        {("Russia", "mobilizesAgainst", "Belarus", False, True)},
    ),
    (
        "Hamas rejected the offer. Netanyahu's office accused the group of sabotaging the talks.",
        {("Israel", "accuses", "Hamas", False, True)},  # the charge hung on "the group"
        set(),
    ),
    (
        "Mao Ning criticized Washington, saying the United States continues to arm Ukraine.",
        {  # a participle of saying speaks for its clause's subject
            ("China", "criticizes", "United States", False, True),
            ("United States", "providesWeaponsTo", "Ukraine", False, False),
        },
        {("United States", "providesWeaponsTo", "Ukraine", False, True)},
    ),
    (
        "China provided lethal support for the war in Ukraine. The US provided support for the "
        "fight against ISIS in Iraq. Belarus provided support for Russia's war in Ukraine.",
        {  # help for a hostile act reaches its doer, never its target or place
            ("Belarus", "supports", "Russia", False, True),
        },
        {
            ("China", "supports", "Ukraine", False, True),
            ("China", "providesAidTo", "Ukraine", False, True),
            ("United States", "supports", "Islamic State", False, True),
            ("United States", "providesAidTo", "Islamic State", False, True),
        },
    ),
    (
        "Russia is planning an attack on Ukraine. The EU is preparing new sanctions against Iran. "
        "Russia is not planning an invasion of Georgia.",
        {  # an act planned or prepared is an intent (a threat), not done
            ("Russia", "threatens", "Ukraine", False, True),
            ("European Union", "threatens", "Iran", False, True),
            ("Russia", "invades", "Georgia", True, False),
        },
        {
            ("Russia", "attacks", "Ukraine", False, True),
            ("European Union", "sanctions", "Iran", False, True),
            ("Russia", "threatens", "Georgia", False, True),
        },
    ),
    (
        "Russia's deputy ambassador Dmitry Polyanskiy said the text interfered in Sudan's "
        "internal affairs and accused the West of trying to dictate terms to the Sudanese "
        "government.",
        {("Russia", "accuses", "the West", False, True)},  # the speaker accuses, not the text
        set(),
    ),
    (
        "Russia vetoed the resolution. Britain condemned the veto. British Foreign Secretary "
        "David Lammy called the veto a disgrace.",
        {  # "the veto" is Russia's, told before; a disgrace is a charge
            ("United Kingdom", "condemns", "Russia", False, True),
            ("United Kingdom", "accuses", "Russia", False, True),
        },
        set(),
    ),
    (
        "Russia vetoed a resolution on Ukraine. China called the US visit to Taiwan a provocation.",
        {("China", "accuses", "United States", False, True)},
        {("Russia", "rejects", "Ukraine", False, True)},  # a resolution's topic is no target
    ),
    (
        "Pyongyang denounced the joint drills by South Korea and the United States. U.S. and "
        "South Korean forces wrapped up their annual Freedom Shield exercises.",
        {  # drills are an act whose doers a "by" names; an exercise's name is no actor
            ("North Korea", "criticizes", "South Korea", False, True),
            ("North Korea", "criticizes", "United States", False, True),
        },
        {("South Korea", "cooperatesWith", "Freedom Shield", False, True)},
    ),
    (
        "Jordan condemned the strike and said it would cooperate with Washington.",
        {("Jordan", "agreesWith", "United States", False, True)},  # "it": the one who said
        set(),
    ),
    (
        "The Islamic Resistance in Iraq attacked U.S. forces.",
        {("Islamic Resistance in Iraq", "attacks", "United States", False, True)},  # whole name
        {("Islamic Resistance in", "attacks", "United States", False, True)},
    ),
    (
        "Israel did not confirm that it had struck the Iranian consulate. China did not deny "
        "that it had supplied drones to Russia. Russia denied that it had attacked Ukraine.",
        {  # a claim left open is neither asserted nor negated; a denial negates
            ("Israel", "attacks", "Iran", False, False),
            ("China", "providesWeaponsTo", "Russia", False, False),
            ("Russia", "attacks", "Ukraine", True, False),
        },
        {
            ("Israel", "attacks", "Iran", False, True),
            ("China", "providesWeaponsTo", "Russia", True, False),
        },
    ),
    (
        "Iran has not supplied missiles to Russia, its foreign minister said. China attacked "
        "Vietnam, its state media said.",
        {  # a trailing speaker's "its" is the reported subject's own
            ("Iran", "providesWeaponsTo", "Russia", True, False),
            ("China", "attacks", "Vietnam", False, True),
        },
        {
            ("Russia", "accuses", "Iran", False, True),
            ("Vietnam", "accuses", "China", False, True),
            ("China", "attacks", "Vietnam", False, False),
        },
    ),
    (
        "Jordan Bardella attacked Macron's policy on Ukraine. China attacked the US decision to "
        "sell arms to Taiwan. Israel attacked the Hamas positions.",
        {  # an attack on a policy or decision is words; on positions, force
            ("Jordan Bardella", "criticizes", "Emmanuel Macron", False, True),
            ("China", "criticizes", "United States", False, True),
            ("Israel", "attacks", "Hamas", False, True),
        },
        {
            ("Jordan Bardella", "attacks", "Emmanuel Macron", False, True),
            ("China", "attacks", "United States", False, True),
        },
    ),
    (
        "Russia supplied S-400 systems to India.",
        {("Russia", "providesAidTo", "India", False, True)},
        {("Russia", "providesAidTo", "S-400", False, True)},  # a model number is no actor
    ),
    (
        "China extended a $2 billion credit line to Sri Lanka. The IMF approved a loan for "
        "Pakistan. Hamas claimed credit for the attack on Israel.",
        {  # credit and loans given are aid; credit claimed for an act owns it
            ("China", "providesAidTo", "Sri Lanka", False, True),
            ("International Monetary Fund", "providesAidTo", "Pakistan", False, True),
            ("Hamas", "attacks", "Israel", False, True),
        },
        {("Hamas", "providesAidTo", "Israel", False, True)},
    ),
    (
        "Serbia deployed troops near the Kosovo border. Russia deployed troops near Ukraine's "
        "border. Russia massed troops on its border.",
        {  # the border's owner named on it is the one faced; its own is none
            ("Serbia", "mobilizesAgainst", "Kosovo", False, True),
            ("Russia", "mobilizesAgainst", "Ukraine", False, True),
            ("Russia", "mobilizesAgainst", None, False, True),
        },
        set(),
    ),
    (
        "Poland sent soldiers to its border with Belarus. China sent warships near Taiwan.",
        {  # soldiers and warships sent are forces, as troops are
            ("Poland", "mobilizesAgainst", "Belarus", False, True),
            ("China", "mobilizesAgainst", "Taiwan", False, True),
        },
        {("China", "providesWeaponsTo", "Taiwan", False, True)},
    ),
    (
        "Kazakhstan said it would comply with Western sanctions against Russia.",
        set(),  # complying with sanctions on Russia is no step toward Russia
        {
            ("Kazakhstan", "agreesWith", "Russia", False, True),
            ("Kazakhstan", "concedesTo", "Russia", False, True),
        },
    ),
    (
        "The US removed sanctions on Iran. Washington removed Cuba from its list of state "
        "sponsors of terrorism. The UN removed the Taliban from its sanctions list.",
        {  # sanctions removed and actors taken off a list are concessions
            ("United States", "concedesTo", "Iran", False, True),
            ("United States", "concedesTo", "Cuba", False, True),
            ("United Nations", "concedesTo", "Taliban", False, True),
        },
        {("United States", "sanctions", "Iran", False, True)},
    ),
    (
        "The US suspended sanctions on Syria. The US waived sanctions on Iraq. The US rolled back "
        "sanctions on Cuba. Russia ended its blockade of Ukrainian ports.",
        {  # a measure taken back concedes to its target
            ("United States", "concedesTo", "Syria", False, True),
            ("United States", "concedesTo", "Iraq", False, True),
            ("United States", "concedesTo", "Cuba", False, True),
            ("Russia", "concedesTo", "Ukraine", False, True),
        },
        {
            ("United States", "sanctions", "Syria", False, True),
            ("United States", "sanctions", "Iraq", False, True),
            ("United States", "sanctions", "Cuba", False, True),
        },
    ),
    (
        # parsed as a noun phrase (repaired: "relaxed" the verb): eased, no sanction told
        "The US relaxed sanctions on Syria.",
        {("United States", "concedesTo", "Syria", False, True)},
        {("United States", "sanctions", "Syria", False, True)},
    ),
    (
        "The US withdrew its support for the Saudi-led coalition. Hungary ended its opposition "
        "to Sweden's NATO membership.",
        {  # support withdrawn is cut; opposition ended is a concession
            ("United States", "sanctions", "Saudi Arabia", False, True),
            ("Hungary", "concedesTo", "Sweden", False, True),
        },
        {("United States", "supports", "Saudi Arabia", False, True)},
    ),
    (
        "Moscow welcomed the end of Western military aid to Ukraine. Iran condemned the lack of "
        "international support for Palestinians. Britain condemned Russia's veto.",
        {("United Kingdom", "condemns", "Russia", False, True)},  # a doer named still counts
        {  # a judgement of an act's end or lack reaches none of the act's parties
            ("Russia", "praises", "Ukraine", False, True),
            ("Iran", "condemns", "Palestine", False, True),
        },
    ),
    (
        "Russia hailed the failure of the Ukrainian counteroffensive. Israel celebrated the "
        "killing of the Hamas leader.",
        {("Israel", "opposes", "Hamas", False, True)},  # celebrating a killing is no killing
        {
            ("Russia", "praises", "Ukraine", False, True),
            ("Israel", "attacks", "Hamas", False, True),
        },
    ),
    (
        "Iran mourned the killing of Hezbollah leader Hassan Nasrallah. Poland remembered the "
        "invasion of Ukraine. Russia launched the invasion of Ukraine.",
        {("Russia", "invades", "Ukraine", False, True)},  # launching is doing
        {  # mourning or remembering an act is not doing it
            ("Iran", "attacks", "Hassan Nasrallah", False, True),
            ("Iran", "attacks", "Hezbollah", False, True),
            ("Poland", "invades", "Ukraine", False, True),
        },
    ),
    (
        "China is helping Russia rebuild its military. US officials say Iran helped Russia "
        "build a drone factory.",
        {  # the one helped, parsed as the subject of the bare infinitive's clause
            ("China", "providesAidTo", "Russia", False, True),
            ("Iran", "providesAidTo", "Russia", False, False),
        },
        set(),
    ),
    (
        "Experts think Iran will retaliate against Israel. Analysts doubt that North Korea will "
        "attack South Korea. Iran said it will retaliate against Israel.",
        {  # a forecast or a doubt is no threat made; the actor's own word is one
            ("Iran", "threatens", "Israel", False, False),
            ("North Korea", "threatens", "South Korea", False, False),
            ("Iran", "threatens", "Israel", False, True),
        },
        {("North Korea", "threatens", "South Korea", False, True)},
    ),
    (
        "The G7 criticized China and Russia, but not India. The EU invited Ukraine, not Russia.",
        {  # an object the text excludes with "not" is no target of the act
            ("G7", "criticizes", "Russia", False, True),
            ("G7", "criticizes", "India", True, False),
        },
        {
            ("G7", "criticizes", "India", False, True),
            ("European Union", "callsOn", "Russia", False, True),
        },
    ),
    (
        "No EU state has recognized Kosovo's independence. No NATO member has sent troops to "
        "Ukraine.",
        {("European Union", "supports", "Kosovo", True, False)},  # "no" on the subject: none did
        {
            ("European Union", "supports", "Kosovo", False, True),
            ("NATO", "mobilizesAgainst", None, False, True),
        },
    ),
    (
        "Israel and Hezbollah avoided an all-out war.",  # no war, no fight
        set(),
        {("Israel", "fightsAgainst", "Hezbollah", False, True)},
    ),
    (
        "The talks prevented a war between India and Pakistan.",
        set(),
        {("India", "fightsAgainst", "Pakistan", False, True)},
    ),
    (
        "The mediation averted Russia's invasion of Georgia.",
        set(),
        {("Russia", "invades", "Georgia", False, True)},
    ),
    (
        "The West did not prevent Russia's invasion of Ukraine.",  # it happened
        {("Russia", "invades", "Ukraine", False, True)},
        set(),
    ),
    (
        "The US warned Russia of severe consequences.",  # the one warned is the target
        {("United States", "threatens", "Russia", False, True)},
        set(),
    ),
    (
        "The US warned Russia of retaliation.",
        {("United States", "threatens", "Russia", False, True)},
        set(),
    ),
    (
        "Moscow warned of countermeasures against Finland.",
        {("Russia", "threatens", "Finland", False, True)},
        set(),
    ),
    (
        "Beijing warned of consequences for the Philippines.",
        {("China", "threatens", "Philippines", False, True)},
        set(),
    ),
    (
        # an object "it" with no actor in its sentence is the thing told before, no state
        "Zelenskyy hailed the decision as a victory for Ukraine. Russia's Foreign Ministry "
        "spokeswoman Maria Zakharova dismissed it.",
        set(),
        {("Russia", "rejects", "Ukraine", False, True)},
    ),
    (
        "The EU approved a plan for Ukraine. Hungary's prime minister Viktor Orban criticized it.",
        set(),
        {("Hungary", "criticizes", "Ukraine", False, True)},
    ),
    (
        "The US backs Taiwan and will defend it.",  # in its own sentence: the state
        {("United States", "agreesWith", "Taiwan", False, True)},
        set(),
    ),
    (
        # a definite role noun with only its backer named refers back to the group
        "Hezbollah fired rockets at Israel. The Iran-backed group said it targeted an Israeli "
        "army base.",
        {
            ("Iran", "supports", "Hezbollah", False, True),
            ("Hezbollah", "targets", "Israel", False, True),
        },
        {("Iran", "targets", "Israel", False, False)},
    ),
    (
        "The Iran-backed group said it targeted an Israeli army base.",  # "it" is the group
        {("Iran-backed group", "targets", "Israel", False, True)},
        {
            ("Iran", "targets", "Israel", False, False),
            ("Iran-backed group", "accuses", "Iran", False, True),
        },
    ),
    (
        # a violation judged reaches its doer, never its victim
        "Lebanese Prime Minister Najib Mikati condemned the strikes as a flagrant violation of "
        "Lebanese sovereignty.",
        set(),
        {
            ("Lebanon", "condemns", "Lebanon", False, True),
            ("Najib Mikati", "condemns", "Lebanon", False, True),
        },
    ),
    (
        "Mikati condemned the violation of Lebanese sovereignty by Israel.",
        {("Mikati", "condemns", "Israel", False, True)},
        {("Mikati", "condemns", "Lebanon", False, True)},
    ),
    (
        "China condemned the infringement of Chinese sovereignty by Japan.",
        {("China", "condemns", "Japan", False, True)},
        set(),
    ),
    (
        "Poland condemned the breach of Polish airspace by Russian drones.",
        {("Poland", "condemns", "Russia", False, True)},
        set(),
    ),
    (
        "Israel struck Lebanon. Lebanon condemned the strikes as a violation of its sovereignty.",
        {("Lebanon", "condemns", "Israel", False, True)},
        set(),
    ),
    (
        # the one asked is no actor: the content's object is not called on, the requester
        # still takes a side on it
        "Lebanese Prime Minister Najib Mikati urged the international community to pressure "
        "Israel.",
        {("Lebanon", "opposes", "Israel", False, True)},
        {("Lebanon", "callsOn", "Israel", False, True)},
    ),
    (
        # the tagger's noun "sanction" under its own "to" is read as the verb
        "France urged the international community to sanction Russia.",
        {("France", "opposes", "Russia", False, True)},
        {("France", "callsOn", "Russia", False, True)},
    ),
    (
        "Israel called on the world to stop Iran.",
        set(),
        {("Israel", "callsOn", "Iran", False, True)},
    ),
    (
        "The EU called on the international community to support Ukraine.",
        {("European Union", "supports", "Ukraine", False, True)},
        {("European Union", "callsOn", "Ukraine", False, True)},
    ),
    (
        # the asker's coordinated mate is no side of "both sides"
        "Kenya said it remained neutral. The United States and Saudi Arabia urged both sides "
        "to return to negotiations.",
        set(),
        {
            ("United States", "callsOn", "Kenya", False, True),
            ("United States", "callsOn", "Saudi Arabia", False, True),
        },
    ),
    (
        "Israel and Hamas exchanged fire. Egypt urged both sides to show restraint.",  # a side
        {  # may be an armed group
            ("Egypt", "callsOn", "Israel", False, True),
            ("Egypt", "callsOn", "Hamas", False, True),
        },
        set(),
    ),
    (
        # the government of a person named before is their state's, no actor of its own
        "Sudan's army chief Abdel Fattah Burhan met Kenya's president. Burhan's government "
        "recalled its ambassador from Nairobi.",
        {("Sudan", "cutsTiesWith", "Kenya", False, True)},
        {("Burhan government", "cutsTiesWith", "Kenya", False, True)},
    ),
    (
        "The Indian cricket team toured Pakistan for the first time in 17 years.",  # a tour
        set(),
        {("India", "visits", "Pakistan", False, True)},
    ),
    (
        "The US negotiating team met Iran's delegation in Oman.",  # a team of negotiators
        {("United States", "meetsWith", "Iran", False, True)},
        set(),
    ),
    (
        "Russia and Ukraine held talks. Both sides agreed to a prisoner exchange.",
        {("Russia", "agreesWith", "Ukraine", False, True)},
        set(),
    ),
    (
        # rights groups the model does not tag at a sentence's start: from the KB
        "Human Rights Watch accused Saudi Arabia of killing migrants.",
        {("Human Rights Watch", "accuses", "Saudi Arabia", False, True)},
        set(),
    ),
    (
        "MSF accused Israel of attacking a hospital.",
        {("Doctors Without Borders", "accuses", "Israel", False, True)},
        set(),
    ),
    (
        "Iran is suspected of arming the Houthis.",  # a suspicion, not a fact
        {("Iran", "providesWeaponsTo", "Houthis", False, False)},
        {("Iran", "providesWeaponsTo", "Houthis", False, True)},
    ),
    (
        "Iran, which is suspected of arming the Houthis, denied it.",  # "it" is the charge
        set(),
        {
            ("Iran", "disputes", "Houthis", False, True),
            ("Iran", "providesWeaponsTo", "Houthis", False, True),
        },
    ),
    (
        # an instrument's maker or giver is not the one who used it
        "The drones, supplied by Iran, were used to attack Ukrainian cities.",
        set(),
        {("Iran", "attacks", "Ukraine", False, True)},
    ),
    (
        "Iranian drones were used to attack Ukrainian cities.",
        set(),
        {("Iran", "attacks", "Ukraine", False, True)},
    ),
    (
        "The missiles were used by Russia to attack Kyiv.",
        {("Russia", "attacks", "Ukraine", False, True)},
        set(),
    ),
    (
        # a mosque or a synagogue named after a name is a place, no organisation
        "Egypt condemned the raid on al-Aqsa mosque by Israeli police.",
        {("Egypt", "condemns", "Israel", False, True)},
        {("Israel", "attacks", "al-Aqsa", False, True)},
    ),
    (
        "Israeli police raided the Al-Aqsa Mosque.",
        set(),
        {("Israel", "attacks", "Al-Aqsa Mosque", False, True)},
    ),
    (
        # never renouncing force keeps it open: a veiled threat, as not ruling it out
        "Beijing has never renounced the use of force to bring Taiwan under its control.",
        {("China", "threatens", "Taiwan", False, True)},
        set(),
    ),
    (
        "China has refused to renounce the use of force against Taiwan.",
        {("China", "threatens", "Taiwan", False, True)},
        {("China", "rejects", "Taiwan", False, True)},
    ),
    (
        "China renounced the use of force against Taiwan.",
        {("China", "attacks", "Taiwan", True, False)},
        {
            ("China", "threatens", "Taiwan", False, True),
            ("China", "attacks", "Taiwan", False, True),
        },
    ),
    (
        "Israel has no intention of occupying Gaza, Netanyahu said.",  # disowned, not done
        {("Israel", "occupies", "Palestine", True, False)},
        {("Israel", "occupies", "Palestine", False, True)},
    ),
    (
        "Russia has no intention of attacking NATO.",
        {("Russia", "attacks", "NATO", True, False)},
        {("Russia", "threatens", "NATO", False, True)},
    ),
    (
        "Russia denied any intention of attacking NATO.",  # a denial is no threat
        set(),
        {("Russia", "threatens", "NATO", False, True), ("Russia", "attacks", "NATO", False, True)},
    ),
    (
        # "X told Y it would ...": the teller's word, unless the clause is owed by the one told
        "The US told Israel it would not support an attack on Iran.",
        set(),
        {
            ("United States", "accuses", "Israel", False, True),
            ("Israel", "opposes", "Iran", True, False),
        },
    ),
    (
        "Washington assured Kyiv it would keep supporting Ukraine.",
        {("United States", "supports", "Ukraine", False, True)},
        set(),
    ),
    (
        "Turkey told Sweden it must crack down on Kurdish militants.",
        {("Turkey", "demands", "Sweden", False, True)},
        set(),
    ),
    (
        # "both sides" named by reference are the parties, no sports side
        "India and Pakistan agreed to a ceasefire. Hours later, both sides accused each other "
        "of violating the truce.",
        {
            ("India", "accuses", "Pakistan", False, True),
            ("Pakistan", "accuses", "India", False, True),
        },
        set(),
    ),
    (
        "Israel and Hamas fought. The two sides attacked each other again.",
        {("Hamas", "attacks", "Israel", False, True)},
        set(),
    ),
    (
        # a stop demanded has not happened: the act goes on, no refusal
        "Iran must stop arming the Houthis.",
        {("Iran", "providesWeaponsTo", "Houthis", False, True)},
        {("Iran", "rejects", "Houthis", False, True)},
    ),
    (
        "The US demanded that Iran stop arming the Houthis.",
        {("United States", "demands", "Iran", False, True)},
        {
            ("Iran", "rejects", "Houthis", False, True),
            ("Iran", "providesWeaponsTo", "Houthis", False, True),
        },
    ),
    (
        "Iran stopped arming the Houthis.",  # stopped: a refusal now
        {("Iran", "providesWeaponsTo", "Houthis", True, False)},
        {("Iran", "providesWeaponsTo", "Houthis", False, True)},
    ),
    (
        # an act offered is not done: an offer (agreement), no talks held, no aid given
        "Taiwan offered talks with China.",
        {("Taiwan", "agreesWith", "China", False, True)},
        {("Taiwan", "negotiatesWith", "China", False, True)},
    ),
    (
        "The US offered aid to Ukraine.",
        {("United States", "agreesWith", "Ukraine", False, True)},
        {("United States", "providesAidTo", "Ukraine", False, True)},
    ),
    (
        # Taiwan's presidents are in the KB: a president named without the state speaks for it
        "President Lai Ching-te has offered talks with China.",
        {("Taiwan", "agreesWith", "China", False, True)},
        set(),
    ),
    (
        # a subject phrase negated by "not": none of them acted (but "Not all": some did)
        "Not a single NATO country has condemned Israel.",
        {("NATO", "condemns", "Israel", True, False)},
        {("NATO", "condemns", "Israel", False, True)},
    ),
    (
        "Not even Serbia supported Russia at the UN.",
        {("Serbia", "supports", "Russia", True, False)},
        {("Serbia", "supports", "Russia", False, True)},
    ),
    (
        "Not all EU members support Ukraine.",
        {("European Union", "supports", "Ukraine", False, True)},
        set(),
    ),
    (
        "None of the NATO allies sent troops.",  # "none of": nobody acted
        {("NATO", "mobilizesAgainst", None, True, False)},
        {("NATO", "mobilizesAgainst", None, False, True)},
    ),
    (
        "Russia deployed troops to the Ukrainian border.",  # the border's other side
        {("Russia", "mobilizesAgainst", "Ukraine", False, True)},
        set(),
    ),
    (
        # quitting a body cuts ties; announcing it threatens to (CAMEO 1313), no agreement
        "Niger, Mali and Burkina Faso quit ECOWAS.",
        {
            ("Niger", "cutsTiesWith", "Economic Community of West African States", False, True),
            (
                "Burkina Faso",
                "cutsTiesWith",
                "Economic Community of West African States",
                False,
                True,
            ),
        },
        set(),
    ),
    (
        "Mali will leave ECOWAS.",
        {("Mali", "threatens", "Economic Community of West African States", False, True)},
        {("Mali", "agreesWith", "Economic Community of West African States", False, True)},
    ),
    (
        "Russia will withdraw from the Council of Europe.",
        set(),
        {("Russia", "agreesWith", "Council of Europe", False, True)},
    ),
    (
        # a trailing report parsed as hung on the act still tells whose claim it is
        "Chinese ships rammed a Philippine vessel, Manila said, calling it a dangerous manoeuvre.",
        {
            ("China", "attacks", "Philippines", False, False),
            ("Philippines", "accuses", "China", False, True),
        },
        {("China", "attacks", "Philippines", False, True)},
    ),
    (
        # a threat to walk out is a threat, no promise
        "Ben-Gvir threatened to quit the government if the deal went ahead.",
        set(),
        {("Ben-Gvir", "agreesWith", None, False, True)},
    ),
    (
        "Russia threatened to withdraw from the talks.",
        {("Russia", "threatens", None, False, True)},
        {("Russia", "agreesWith", None, False, True)},
    ),
    (
        # an envoy acted on with no agent named: the posting names who acted
        "The French ambassador to Niger was expelled.",
        {("Niger", "cutsTiesWith", "France", False, True)},
        set(),
    ),
    (
        "Germany's envoy in Beijing was summoned.",
        {("China", "criticizes", "Germany", False, True)},
        set(),
    ),
    (
        "The Israeli ambassador to Turkey was recalled for consultations.",  # by his own state
        {("Israel", "cutsTiesWith", "Turkey", False, True)},
        {("Turkey", "cutsTiesWith", "Israel", False, True)},
    ),
    (
        # a defended "it" is the one attacked in the condition, not the attacker
        "If Iran attacks Israel, the United States will defend it.",
        {("United States", "agreesWith", "Israel", False, True)},
        {("United States", "agreesWith", "Iran", False, True)},
    ),
    (
        "Venezuela threatened to annex Essequibo.",  # a territory stands for its state
        {("Venezuela", "threatens", "Guyana", False, True)},
        set(),
    ),
    (
        # an instrument in a clause telling an earlier event is not the framing subject's
        "The US struck Iranian-backed militias in Iraq and Syria after a drone killed three US "
        "soldiers in Jordan.",
        set(),
        {("United States", "attacks", "Jordan", False, True)},
    ),
    (
        "Russia launched 40 missiles at Ukraine, and one strike destroyed a hospital in Kyiv.",
        {("Russia", "attacks", "Ukraine", False, True)},
        set(),
    ),
    (  # the "by" hung on an active infinitive with no subject of its own
        "North Korea fired missiles to protest the drills by South Korea and the US.",
        {
            ("North Korea", "criticizes", "South Korea", False, True),
            ("North Korea", "criticizes", "United States", False, True),
        },
        set(),
    ),
    (  # the criticism told before was aimed at no one named: its critics are rejected
        "Japan and Australia voiced concern. Beijing rejected the criticism.",
        {
            ("China", "rejects", "Japan", False, True),
            ("China", "rejects", "Australia", False, True),
        },
        set(),
    ),
    (  # "its" owning the clause's direct object is its subject's, not the nearer Manila's
        "The United States, a treaty ally of Manila, reaffirmed its commitment to defend the "
        "Philippines.",
        {("United States", "supports", "Philippines", False, True)},
        set(),
    ),
    (  # ... and "urged its citizens" is Pakistan's own (no call on Iraq)
        "Pakistan has refused to deploy peacekeepers in Iraq and has urged its citizens to "
        "avoid travel there.",
        set(),
        {("Pakistan", "callsOn", "Iraq", False, True)},
    ),
    (  # a condemnation beside a pledge to defend the Philippines is not of the
        # Philippines' act (the intrusion China alleged, the last act told)
        "China fired water cannon at a Philippine boat. The Philippine vessel had intruded "
        "into Chinese waters, China said. The United States condemned the actions and "
        "reaffirmed its commitment to defend the Philippines.",
        {("United States", "condemns", "China", False, True)},
        {("United States", "condemns", "Philippines", False, True)},
    ),
    (  # ... but an ally named in apposition may still criticise its ally's act
        "Hamas fired rockets at Israel. Israel struck a school in Gaza. The US, Israel's "
        "closest ally, criticized the strike.",
        {("United States", "criticizes", "Israel", False, True)},
        {("United States", "criticizes", "Hamas", False, True)},
    ),
    (  # a barrage and a bombardment are acts of force; a barrage of words is none
        "Russia launched a massive missile and drone barrage on Ukraine's energy grid "
        "overnight. Israel's bombardment of Gaza continued. Russia unleashed a barrage of "
        "criticism at the West.",
        {
            ("Russia", "attacks", "Ukraine", False, True),
            ("Israel", "attacks", "Palestine", False, False),  # a place, presupposed
            ("Russia", "criticizes", "the West", False, True),
        },
        {("Russia", "attacks", "the West", False, True)},
    ),
    (  # the talks after which a dispute ended are not what was ended (no cut ties)
        "Ethiopia and Somalia agreed on Wednesday to end a months-long dispute over "
        "Ethiopia's deal with the breakaway region of Somaliland, after talks mediated by "
        "Turkey.",
        {
            ("Ethiopia", "agreesWith", "Somalia", False, True),
            ("Turkey", "negotiatesWith", "Ethiopia", False, True),
        },
        {("Ethiopia", "threatens", None, False, True), ("Somalia", "threatens", None, False, True)},
    ),
    (  # declining to comment is no comment (CAMEO 011), not a rejection of anyone;
        # refusing to respond to a demand rejects it
        "ASML, the Dutch firm at the centre of the dispute, declined to comment. The Kremlin "
        "refused to say whether Putin would attend. Haniyeh has refused to respond to a "
        "demand from the US President.",
        {("Hamas", "rejects", "United States", False, True)},
        {("Dutch firm", "rejects", None, False, True), ("Russia", "rejects", None, False, True)},
    ),
    (  # a measure put in place or made harsher sanctions its target, whatever the verb
        "The Netherlands announced restrictions on exports to China. The EU announced a ban "
        "on Russian oil imports. NATO confirmed it would tighten the naval blockade of Serbia.",
        {
            ("Netherlands", "sanctions", "China", False, True),
            ("European Union", "sanctions", "Russia", False, True),
            ("NATO", "threatens", "Serbia", False, True),
        },
        set(),
    ),
    (  # a future act told by a speaker who is no actor is a forecast, not a threat made
        "Analysts said Russia would attack Moldova. Russia said it would retaliate against NATO.",
        {
            ("Russia", "threatens", "Moldova", False, False),
            ("Russia", "threatens", "NATO", False, True),
        },
        {("Russia", "threatens", "Moldova", False, True)},
    ),
    (  # an analyst's nationality is no affiliation: the view is their own, not their state's
        "Chad Hunt, a US analyst, said Russia attacked Moldova. A US analyst said Russia "
        "would attack Georgia. Iran detained a British journalist.",
        {
            ("Chad Hunt", "accuses", "Russia", False, False),
            ("Russia", "attacks", "Moldova", False, False),
            ("Russia", "threatens", "Georgia", False, False),
            ("Iran", "coerces", "United Kingdom", False, True),  # (a detained national)
        },
        {
            ("United States", "accuses", "Russia", False, True),
            ("United States", "accuses", "Russia", False, False),
        },
    ),
    (  # restoring diplomatic ties aligns, whichever verb restores them
        "Bahrain resumed diplomatic relations with Qatar. Iran and Saudi Arabia reopened "
        "their embassies. Russia renewed its ties with North Korea.",
        {
            ("Bahrain", "alignsWith", "Qatar", False, True),
            ("Iran", "alignsWith", "Saudi Arabia", False, True),
            ("Russia", "alignsWith", "North Korea", False, True),
        },
        set(),
    ),
    (  # a truth denied by "not" negates its clause, as a falsity does
        "It is not true that Ukraine attacked Belarus, Kyiv said. It is true that Russia "
        "attacked Ukraine.",
        {
            ("Ukraine", "attacks", "Belarus", True, False),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("Ukraine", "attacks", "Belarus", False, True)},
    ),
    (  # a claim called false negates what it claims (parsed as "acl" or as "ccomp")
        "The claim that Iran supplied missiles to Russia is false, Tehran said. Reports that "
        "North Korea supplied shells to Russia are baseless.",
        {
            ("Iran", "providesWeaponsTo", "Russia", True, False),
            ("North Korea", "providesWeaponsTo", "Russia", True, False),
        },
        set(),
    ),
    (  # revenge vowed for an act threatens its doer, never the place it happened in
        "Iran vowed revenge for the Israeli strike in Damascus.",
        {("Iran", "threatens", "Israel", False, True)},
        {("Iran", "threatens", "Syria", False, True)},
    ),
    (  # firing an official dismisses them: no attack on their state
        "Poland fired Russia's ambassador. Ukraine fired missiles at Russia.",
        {("Ukraine", "attacks", "Russia", False, True)},
        {("Poland", "attacks", "Russia", False, True)},
    ),
    (  # a headline's "X to V", the name parsed as the root: X will V
        "EU to sanction Iran over drone sales",
        {("European Union", "threatens", "Iran", False, True)},
        set(),
    ),
    (  # mending ties restores them
        "Morocco, Spain mend ties after years of tension",
        {("Morocco", "alignsWith", "Spain", False, True)},
        set(),
    ),
    (  # culprits an accuser lists are no bloc (co-agents of a told act still are one)
        "The US accused Russia, China and Iran of meddling in its elections. The US and the "
        "UK struck Houthi targets.",
        {
            ("United States", "accuses", "China", False, True),
            ("United States", "cooperatesWith", "United Kingdom", False, True),
        },
        {
            ("Russia", "cooperatesWith", "China", False, False),
            ("China", "cooperatesWith", "Iran", False, False),
        },
    ),
    (  # a response in kind that was made is the act done back; one vowed is a threat
        "Canada expelled an Indian diplomat over the killing, and India responded in kind. "
        "Russia struck Kyiv. Ukraine will respond in kind.",
        {
            ("India", "cutsTiesWith", "Canada", False, True),
            ("Ukraine", "threatens", "Russia", False, True),
        },
        {("India", "threatens", "Canada", False, True)},
    ),
    (  # remarks judged with no owner are their last speaker's (a quote's speaker too)
        "The US criticized China. Beijing dismissed the comments as interference. Russia "
        "rejected the statement by NATO.",
        {
            ("United States", "criticizes", "China", False, True),
            ("China", "rejects", "United States", False, True),
        },
        {("Russia", "rejects", "United States", False, True)},  # an owner named: not the US
    ),
    (
        '"Russia must leave our land," Ukrainian Foreign Minister Dmytro Kuleba told '
        'reporters. "Crimea is Ukraine." Kremlin spokesman Dmitry Peskov rejected the remarks.',
        {("Russia", "rejects", "Dmytro Kuleba", False, True)},
        set(),
    ),
    (  # a claim of responsibility with its "for" parsed on the verb ("on Monday" between)
        "The Houthis claimed responsibility on Monday for an attack on a British ship.",
        {("Houthis", "attacks", "United Kingdom", False, True)},
        set(),
    ),
    (  # the attacker's own noun is no nearer thing for "its" to stand for
        "Japan scrambled jets after a Russian reconnaissance plane violated its airspace.",
        {("Russia", "mobilizesAgainst", "Japan", False, True)},
        set(),
    ),
    (  # boarding a vessel coerces its state; bowing to pressure concedes to its source
        "China's coast guard boarded a Philippine vessel. Blinken boarded a plane to Moscow. "
        "Hungary bowed to pressure from the EU. Taiwan will not bow to pressure from Beijing.",
        {
            ("China", "coerces", "Philippines", False, True),
            ("Hungary", "concedesTo", "European Union", False, True),
            ("Taiwan", "rejects", "China", False, True),
        },
        {("United States", "coerces", "Russia", False, True)},
    ),
    (  # pausing ties or talks cuts them, as suspending does
        "Mexico paused relations with the US and Canadian embassies. China paused military "
        "talks with the US.",
        {
            ("Mexico", "cutsTiesWith", "United States", False, True),
            ("Mexico", "cutsTiesWith", "Canada", False, True),
            ("China", "cutsTiesWith", "United States", False, True),
        },
        set(),
    ),
    (  # a win in a market is no attack; a beating in a place is one
        "Apple beat Samsung in smartphone sales in China last quarter. Police beat "
        "protesters in Tehran. Iran's police beat Afghan migrants.",
        {("Iran", "attacks", "Afghanistan", False, True)},
        {("Apple", "attacks", "Samsung", False, True)},
    ),
    (  # aid given, granted or extended, with the recipient as dative, compound or "to"
        "Japan gave Ukraine aid. The US granted Israel $14 billion in military aid. The IMF "
        "extended a loan to Pakistan. Russia gave the order to attack.",
        {
            ("Japan", "providesAidTo", "Ukraine", False, True),
            ("United States", "providesAidTo", "Israel", False, True),
            ("International Monetary Fund", "providesAidTo", "Pakistan", False, True),
        },
        set(),
    ),
    (  # a passive light verb with its act noun as the subject: the target on either
        "New sanctions were imposed on Iran by the EU. Tariffs were imposed on Chinese "
        "goods by the US.",
        {
            ("European Union", "sanctions", "Iran", False, True),
            ("United States", "sanctions", "China", False, True),
        },
        set(),
    ),
    (  # a passive joint act with its sides after "between": both sides
        "An agreement was signed between Israel and the UAE. Talks were held between Russia "
        "and Ukraine in Istanbul.",
        {
            ("Israel", "alignsWith", "United Arab Emirates", False, True),
            ("Russia", "negotiatesWith", "Ukraine", False, True),
        },
        set(),
    ),
    (  # a passive act done "in" an act noun whose doer is named by its modifier
        "The Iranian consulate in Damascus was destroyed in an Israeli strike.",
        {("Israel", "attacks", "Iran", False, True)},
        {("Israel", "attacks", "Syria", False, True)},
    ),
    (  # the troops a leader sends are his own side's instrument, not his target
        "Erdogan threatened to send Turkish troops into northern Syria. Carter visited U.S. "
        "troops in Iraq.",
        {("Turkey", "threatens", "Syria", False, True)},
        {("Recep Tayyip Erdoğan", "threatens", "Turkey", False, True)},
    ),
    (  # a PERSON entity the parse reads as two arguments of two verbs is two names
        "Netanyahu told Blinken Israel would press on with the Rafah operation. Congressman "
        "Steve Israel criticized Iran.",
        {("Steve Israel", "criticizes", "Iran", False, True)},
        {
            ("Israel", "accuses", "Blinken Israel", False, True),
            ("Blinken Israel", "threatens", "Palestine", False, False),
        },
    ),
    (  # an instrument that names its own doer stands for no earlier subject
        "Hamas said an Israeli strike killed 20 people in Rafah.",
        {
            ("Hamas", "accuses", "Israel", False, True),
            ("Israel", "attacks", "Palestine", False, False),
        },
        {("Hamas", "attacks", None, False, True)},
    ),
    (  # a participle after a comma that follows a relative clause is the main clause's act
        "Russia vetoed a Security Council resolution that would have demanded a ceasefire in "
        "Sudan, drawing sharp criticism from Britain and Sierra Leone.",
        {
            ("United Kingdom", "criticizes", "Russia", False, True),
            ("Sierra Leone", "criticizes", "Russia", False, True),
        },
        {("United Kingdom", "criticizes", "United Nations", False, True)},
    ),
    (  # who reacts to an act ("drawing criticism from X") is not what the act is done to
        "Russia rejected the plan, prompting criticism from Britain.",
        {("United Kingdom", "criticizes", "Russia", False, True)},
        {("Russia", "rejects", "United Kingdom", False, True)},
    ),
    (  # China's "stern representations" are a formal protest
        "Beijing lodged stern representations with Tokyo over the visit. China made solemn "
        "representations to the US over the arms sale to Taiwan.",
        {
            ("China", "criticizes", "Japan", False, True),
            ("China", "criticizes", "United States", False, True),
        },
        set(),
    ),
    (  # aid pledged or promised is a promise, not aid given
        "Japan pledged new humanitarian aid to Ukraine. Canada promised military aid to Ukraine.",
        {
            ("Japan", "agreesWith", "Ukraine", False, True),
            ("Canada", "agreesWith", "Ukraine", False, True),
        },
        {
            ("Japan", "providesAidTo", "Ukraine", False, True),
            ("Canada", "providesAidTo", "Ukraine", False, True),
        },
    ),
    (  # access to bases granted is military cooperation with the grantee
        "The Philippines granted the United States access to four new bases. Djibouti "
        "granted China access to a naval base.",
        {
            ("Philippines", "cooperatesWith", "United States", False, True),
            ("Djibouti", "cooperatesWith", "China", False, True),
        },
        set(),
    ),
    (  # a package is aid, or what its compound says (weapons, sanctions, a stimulus)
        "The Pentagon announced a new $500 million weapons package for Ukraine. The IMF "
        "approved a rescue package for Sri Lanka. China unveiled a stimulus package for its "
        "economy.",
        {
            ("United States", "providesWeaponsTo", "Ukraine", False, True),
            ("International Monetary Fund", "providesAidTo", "Sri Lanka", False, True),
        },
        {("China", "providesAidTo", "China", False, True)},
    ),
    (  # a pronoun object resolved to the subject's own state says nothing of its stance
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on "
        "Tuesday. The Chinese leader praised their partnership. Carter visited U.S. troops in "
        "Iraq.",
        {("Carter", "visits", "United States", False, True)},
        {("Xi Jinping", "praises", "China", False, True)},
    ),
    (  # an obligation in a quote is the quoted speaker's demand, as in a reported clause
        '"We will never accept the annexation of Crimea," Ukrainian Foreign Minister Dmytro '
        'Kuleba told reporters. "Russia must leave our land." "We must defend ourselves," '
        "Zelensky said.",
        {("Ukraine", "demands", "Russia", False, True)},
        set(),
    ),
    (  # "the regime" refers back to a body named by its head noun, not only its last word
        "The regime in Damascus rejected the claims. The regime said Israel struck Homs.",
        {("Syria", "accuses", "Israel", False, True), ("Israel", "attacks", "Syria", False, False)},
        set(),
    ),
    (  # tensions, a rift, a spat or a standoff between two sides is a dispute between them
        "Tensions between China and the Philippines have risen. The rift between Algeria and "
        "Morocco deepened. Tensions rose in the region.",
        {
            ("China", "disputes", "Philippines", False, True),
            ("Philippines", "disputes", "China", False, True),
            ("Algeria", "disputes", "Morocco", False, True),
            ("Morocco", "disputes", "Algeria", False, True),
        },
        set(),
    ),
    (  # an act sought, feared or only brought about in prospect has not happened
        "China seeks UN sanctions on North Korea. The move could trigger US sanctions on "
        "Turkey. Russia's actions could provoke Israeli strikes on Iran.",
        set(),
        {
            ("United Nations", "sanctions", "North Korea", False, True),
            ("United States", "sanctions", "Turkey", False, True),
            ("Israel", "attacks", "Iran", False, True),
        },
    ),
    (  # the doer of an act to be triggered is not the one threatened
        "Britain threatened to trigger the snapback of UN sanctions on Iran.",
        {("United Kingdom", "threatens", "Iran", False, True)},
        {
            ("United Kingdom", "threatens", "United Nations", False, True),
            ("United Nations", "sanctions", "Iran", False, True),
        },
    ),
    (  # ... with no target named, none; an act brought about in fact is done
        "France and Germany threatened to trigger the snapback of UN sanctions. The "
        "invasion triggered US sanctions on Russia.",
        {("United States", "sanctions", "Russia", False, True)},
        {("France", "threatens", "United Nations", False, True)},
    ),
    (  # "X said A was B and called on C": an act or a verdict told does not ask; X does
        "Zelenskyy said the involvement of North Korea was an escalation and called on the "
        "West to respond. Macron said Russia was a threat and called on the EU to act.",
        {
            ("Ukraine", "callsOn", "the West", False, True),
            ("France", "callsOn", "European Union", False, True),
        },
        {
            ("North Korea", "callsOn", "the West", False, False),
            ("Russia", "callsOn", "European Union", False, False),
        },
    ),
    (  # ... but a reported act coordinated with another is still the reported doer's
        "Zelenskyy said Russia attacked Kyiv and threatened Moldova.",
        {("Russia", "threatens", "Moldova", False, False)},
        {("Ukraine", "threatens", "Moldova", False, True)},
    ),
    (  # "the two governments" hung on the host's object: the host is none of them
        "Congo accused Rwanda of backing the rebels. Qatar hosted talks between the two "
        "governments, which signed a declaration in Doha.",
        {("Democratic Republic of the Congo", "alignsWith", "Rwanda", False, True)},
        {("Rwanda", "alignsWith", "Qatar", False, True)},
    ),
    (  # "it" hung on the verb's object is not that noun, nor the charge of an accusation
        "Iran accused the IAEA of bias and suspended cooperation with it.",
        {("Iran", "cutsTiesWith", "International Atomic Energy Agency", False, True)},
        set(),
    ),
    (  # "the agency", "the court": a name with that head; the charge on the accused noun
        "The International Atomic Energy Agency said Iran had not allowed inspectors in. "
        "Tehran accused the agency of bias. The EU criticized Hungary. Budapest accused the "
        "union of bias.",
        {
            ("Iran", "accuses", "International Atomic Energy Agency", False, True),
            ("Hungary", "accuses", "European Union", False, True),
        },
        set(),
    ),
    (  # ... whose modifiers are words of the name: a news agency is not the IAEA
        "The IAEA criticized Iran. Iran accused the news agency of bias. The International "
        "Criminal Court charged Putin. Russia rejected the court's ruling.",
        {("Russia", "rejects", "International Criminal Court", False, True)},
        {("Iran", "accuses", "International Atomic Energy Agency", False, True)},
    ),
    (  # an act noun naming a kind of weapon ("battle tank") is no act; weapons used attack
        "France and Germany agreed to jointly develop a new battle tank. Russia used attack "
        "helicopters against Ukraine. Russia used drones against Ukraine.",
        {
            ("France", "agreesWith", "Germany", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("France", "threatens", "Germany", False, True)},
    ),
    (  # a weapon fired, launched or used is its maker's, who is not the target
        "Russia launched Iranian drones. Russia fired North Korean missiles. Russia has used "
        "Iranian weapons. Poland shot down a Russian drone.",
        {("Poland", "attacks", "Russia", False, True)},
        {
            ("Russia", "attacks", "Iran", False, True),
            ("Russia", "attacks", "North Korea", False, True),
        },
    ),
    (  # a finite verb parsed as a gerund's conjunct is the governor's: blamed, not denied
        "Pakistan denied violating the ceasefire and blamed India for the firing. China "
        "refused to condemn Russia and criticized NATO.",
        {
            ("Pakistan", "blames", "India", False, True),
            ("China", "criticizes", "NATO", False, True),
            ("China", "refusesToCondemn", "Russia", False, True),
        },
        {("Pakistan", "blames", "India", True, False)},
    ),
    (  # ... while a second gerund or infinitive shares the denial or refusal
        "Iran denied supplying drones to Russia and arming the Houthis. China refused to "
        "sanction Iran or condemn Syria.",
        {
            ("Iran", "providesWeaponsTo", "Russia", True, False),
            ("China", "condemns", "Syria", True, False),
        },
        {("China", "condemns", "Syria", False, True)},
    ),
    (  # "beat" between two named states or teams is a game won; people beaten are attacked
        "Brazil beat Argentina. Delhi Capitals beat Mumbai Indians. Iranian police beat "
        "protesters. Ukraine beat back the Russian offensive.",
        {
            ("Iran", "attacks", "protesters", False, True),
            ("Ukraine", "attacks", "Russia", False, True),
        },
        {
            ("Brazil", "attacks", "Argentina", False, True),
            ("Delhi Capitals", "attacks", "India", False, True),
        },
    ),
    (  # a bare "his counterpart" is the last person of another side named before
        "Chinese President Xi Jinping met Brazilian President Lula in Beijing. Xi praised "
        "his counterpart as a good friend of the Chinese people.",
        {("China", "praises", "Brazil", False, True)},
        {("Xi Jinping", "praises", "China", False, True)},
    ),
    (  # refusing to discuss a topic rejects no one named in it; the partner "with" is
        "The Pentagon declined to discuss the strikes on Iran. China refused to discuss "
        "Taiwan. Russia refused to discuss a ceasefire with Ukraine.",
        {("Russia", "rejects", "Ukraine", False, True)},
        {
            ("United States", "rejects", "Iran", False, True),
            ("China", "rejects", "Taiwan", False, True),
        },
    ),
    (  # aid pledged or offered as an amount "in aid" is promised, not given; sent is given
        "Japan pledged $500 million in military aid to Ukraine. The EU offered 5 billion "
        "euros in aid to Egypt. The US sent $500 million in military aid to Ukraine.",
        {
            ("Japan", "agreesWith", "Ukraine", False, True),
            ("United States", "providesAidTo", "Ukraine", False, True),
        },
        {
            ("Japan", "providesAidTo", "Ukraine", False, True),
            ("European Union", "providesAidTo", "Egypt", False, True),
        },
    ),
    (  # "Junta spokesman X": the junta named before, not the document's most named state
        "Niger's junta revoked its military accord with the United States. Junta spokesman "
        "Colonel Amadou Abdramane said the U.S. presence violated the constitution.",
        {("Niger", "accuses", "United States", False, True)},
        {("United States", "rejects", None, False, True)},
    ),
    (  # an official of no known state tells a charge against what a state owns: a claim
        "Colonel Amadou Abdramane said the U.S. presence violated the constitution. Japan "
        "lodged a protest with China, Chief Cabinet Secretary Yoshimasa Hayashi said.",
        {
            ("United States", "rejects", None, False, False),
            ("Japan", "criticizes", "China", False, True),
        },
        {("United States", "rejects", None, False, True)},
    ),
    (  # a ceasefire between two sides that efforts strive for is not agreed; brokered, it is
        "They discussed efforts to secure a durable ceasefire between the Sudanese Armed "
        "Forces and the Rapid Support Forces. Egypt brokered a truce between Israel and Hamas.",
        {("Israel", "agreesWith", "Hamas", False, True)},
        {("Sudan", "agreesWith", "Rapid Support Forces", False, True)},
    ),
    (  # a snub rejects whom it slights
        "Turkey snubbed Sweden's foreign minister. Xi snubbed Biden at the G20.",
        {("Turkey", "rejects", "Sweden", False, True)},
        set(),
    ),
    (  # ", a claim X denied" parsed as a second object (after a place) still contests it
        "The Houthis said they had attacked a U.S. destroyer in the Red Sea, a claim "
        "Washington denied. Russia said it shot down a Ukrainian jet in the Black Sea, a "
        "claim Kyiv denied.",
        {
            ("Houthis", "attacks", "United States", False, False),
            ("United States", "disputes", "Houthis", False, True),
            ("Russia", "attacks", "Ukraine", False, False),
            ("Ukraine", "disputes", "Russia", False, True),
        },
        {
            ("Houthis", "criticizes", "United States", False, True),
            ("Houthis", "attacks", "United States", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
    ),
    (  # strikes "across" or "throughout" a state hit it, as "in" it does
        "Israeli airstrikes killed 40 people across Gaza. Hamas called the strikes a "
        "massacre. Russian missiles struck power stations across Ukraine.",
        {
            ("Hamas", "accuses", "Israel", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        set(),
    ),
    (  # a pair hung on a clause with no subject of its own: its governor's subject is none
        "Thailand and Cambodia agreed to an immediate ceasefire, Malaysian Prime Minister "
        "Anwar Ibrahim said after hosting talks between the two sides.",
        {
            ("Malaysia", "negotiatesWith", "Thailand", False, True),
            ("Thailand", "negotiatesWith", "Cambodia", False, True),
        },
        {("Anwar Ibrahim", "negotiatesWith", "Malaysia", False, True)},
    ),
    (  # the force a build-up sends is no target, named as it may be; where it goes is
        "Mexico will deploy 10,000 National Guard troops to its northern border. Russia "
        "violated Polish airspace. China sent warships near Taiwan.",
        {
            ("Russia", "mobilizesAgainst", "Poland", False, True),
            ("China", "mobilizesAgainst", "Taiwan", False, True),
        },
        {("Mexico", "threatens", "National Guard", False, True)},
    ),
    (  # "any attack by X": an act in prospect, not done
        "Lavrov said Moscow would respond to any attack by NATO on Belarus.",
        {
            ("Russia", "threatens", "NATO", False, True),
            ("NATO", "attacks", "Belarus", False, False),
        },
        {("NATO", "attacks", "Belarus", False, True)},
    ),
    (  # curbs are a restrictive measure: tightened they sanction, lifted they concede
        "Japan lifted export curbs on South Korea. Tokyo tightened curbs on Russian imports.",
        {
            ("Japan", "concedesTo", "South Korea", False, True),
            ("Japan", "sanctions", "Russia", False, True),
        },
        set(),
    ),
    (  # a vote for (in favour of) a motion is its act, as backing it is; against, refused
        "Kenya voted in favor of the resolution condemning Russia. Ghana voted for a "
        "resolution condemning Russia. India voted against a resolution condemning Russia.",
        {
            ("Kenya", "condemns", "Russia", False, True),
            ("Ghana", "condemns", "Russia", False, True),
            ("India", "refusesToCondemn", "Russia", False, True),
        },
        {("India", "condemns", "Russia", False, True)},
    ),
    (  # a plan named with its planner ("the US plan") is the planner's, not the critic's
        "China attacked the US plan to sell arms to Taiwan. The US has no plans to sell "
        "arms to Taiwan.",
        {
            ("China", "criticizes", "United States", False, True),
            ("United States", "agreesWith", "Taiwan", False, True),
            ("United States", "providesWeaponsTo", "Taiwan", True, False),
        },
        {("China", "agreesWith", "Taiwan", False, True)},
    ),
    (  # a dispute named as a noun has two sides, each disputing the other; eased, none
        "India and China have been locked in a border standoff since 2020. Egypt is locked in "
        "a dispute with Ethiopia. Japan and South Korea agreed to ease tensions.",
        {
            ("India", "disputes", "China", False, True),
            ("China", "disputes", "India", False, True),
            ("Ethiopia", "disputes", "Egypt", False, True),
        },
        {
            ("Japan", "threatens", "South Korea", False, True),
            ("South Korea", "threatens", "Japan", False, True),
        },
    ),
    (  # a KB armed group named with its fighters' noun, tagged one ORG, is that group
        "Yemen's Houthi militia attacked a British ship.",
        {("Houthis", "attacks", "United Kingdom", False, True)},
        {("Houthi militia", "attacks", "United Kingdom", False, True)},
    ),
    (  # a former office speaks for no state; an apposition's past job leaves a KB body
        "Former British Prime Minister Boris Johnson visited Kyiv. Former Israeli Prime "
        "Minister Naftali Bennett criticized Iran. Putin, a former KGB officer, criticized NATO.",
        {
            ("Boris Johnson", "visits", "Ukraine", False, True),
            ("Naftali Bennett", "criticizes", "Iran", False, True),
            ("Russia", "criticizes", "NATO", False, True),
        },
        {
            ("United Kingdom", "visits", "Ukraine", False, True),
            ("Israel", "criticizes", "Iran", False, True),
        },
    ),
    (  # ties going bad are a dispute of both sides; not gone bad, none asserted
        "Relations between Algeria and France have soured. India's ties with Canada "
        "deteriorated. Relations between Japan and China have not soured.",
        {
            ("Algeria", "disputes", "France", False, True),
            ("France", "disputes", "Algeria", False, True),
            ("India", "disputes", "Canada", False, True),
            ("Canada", "disputes", "India", False, True),
        },
        {("Japan", "disputes", "China", False, True)},
    ),
    (  # a decision to act is a plan, the decider's: promised, not told as done
        "Russia protested Tokyo's decision to supply Patriot missiles to the United States. "
        "China attacked the US decision to sell arms to Taiwan.",
        {
            ("Japan", "agreesWith", "United States", False, True),
            ("United States", "agreesWith", "Taiwan", False, True),
        },
        {
            ("Japan", "providesWeaponsTo", "United States", False, True),
            ("China", "agreesWith", "Taiwan", False, True),
        },
    ),
    (  # a leader's talks with their own state's officials are held with no side
        "Blinken will meet senior U.S. military officials to discuss Iraq. Putin met Russian "
        "defence officials. Carter visited U.S. troops in Iraq.",
        {("Carter", "visits", "United States", False, True)},
        {
            ("Antony Blinken", "meetsWith", "United States", False, False),
            ("Antony Blinken", "meetsWith", "United States", False, True),
            ("Vladimir Putin", "meetsWith", "Russia", False, True),
        },
    ),
    (  # responsibility for "a wave of" or "a series of" hostile acts blames
        "Poland's prime minister said Russia was responsible for a wave of sabotage attacks on "
        "Polish infrastructure.",
        {("Poland", "blames", "Russia", False, True)},
        set(),
    ),
    (  # a vow or threat coordinated with what a speaker said of an act is the speaker's
        "The Taliban government said Pakistani airstrikes killed civilians in Paktika "
        "province and vowed retaliation.",
        {("Taliban", "threatens", None, False, True)},
        {("Pakistan", "threatens", None, False, False)},
    ),
    (  # an instrument told by a speaker is not the speaker's: the strikes told before
        "Turkey's defence ministry said its warplanes struck Kurdish militant targets in "
        "northern Iraq and Syria. The Syrian Democratic Forces said the strikes killed "
        "civilians.",
        {("Turkey", "attacks", "civilians", False, False)},
        {("Syrian Democratic Forces", "attacks", "civilians", False, True)},
    ),
    (  # what a build-up moves or builds up is no target, even with its owner named
        "Russia deployed Wagner mercenaries to Mali. NATO reinforced Poland with more "
        "troops. The US strengthened Taiwan's defences. Iran mobilized Hezbollah. Russia "
        "massed troops near Ukraine's border.",
        {
            ("Russia", "mobilizesAgainst", None, False, True),
            ("NATO", "mobilizesAgainst", None, False, True),
            ("Russia", "mobilizesAgainst", "Ukraine", False, True),
        },
        {
            ("Russia", "mobilizesAgainst", "Wagner Group", False, True),
            ("NATO", "mobilizesAgainst", "Poland", False, True),
            ("United States", "mobilizesAgainst", "Taiwan", False, True),
            ("Iran", "mobilizesAgainst", "Hezbollah", False, True),
        },
    ),
    (  # responsibility for harm done to people or places blames, as for a hostile act;
        # claimed for oneself, or a duty, it blames nobody
        "China said the US was responsible for the deaths of civilians in Gaza. Russia said "
        "Ukraine bears responsibility for the destruction of the dam. Hamas claimed "
        "responsibility for the deaths of three soldiers.",
        {
            ("China", "blames", "United States", False, True),
            ("Russia", "blames", "Ukraine", False, True),
        },
        {("Hamas", "blames", None, False, True)},
    ),
    (  # a participle after an infinitive angers at the act that governs it
        "Lithuania allowed Taiwan to open a representative office in Vilnius, angering "
        "Beijing. The US asked Japan to host the missiles, angering China.",
        {
            ("China", "criticizes", "Lithuania", False, True),
            ("China", "criticizes", "United States", False, True),
        },
        {
            ("China", "criticizes", "Taiwan", False, True),
            ("China", "criticizes", "Japan", False, True),
        },
    ),
    (  # what a hostile verb fires or throws owns nothing it is fired at: "its" is the
        # speaker's
        "The Philippines said Chinese vessels fired water cannon at its boat. Ukraine said "
        "Russia fired missiles at its cities.",
        {
            ("Philippines", "accuses", "China", False, True),
            ("China", "attacks", "Philippines", False, False),
            ("Russia", "attacks", "Ukraine", False, False),
        },
        set(),
    ),
    (  # a denied plan of the denier's own is not made: no threat; another's act that the
        # denier is said to have allowed is left open, not undone
        "The US denied it was planning to strike Venezuela. China denied it intends to "
        "attack Taiwan. The US denied it had allowed Israel to strike Iran.",
        {
            ("United States", "attacks", "Venezuela", True, False),
            ("China", "attacks", "Taiwan", True, False),
            ("Israel", "attacks", "Iran", False, False),
        },
        {
            ("United States", "threatens", "Venezuela", False, True),
            ("China", "threatens", "Taiwan", False, True),
            ("Israel", "attacks", "Iran", True, False),
        },
    ),
    (  # a meeting kept open or judged possible has not taken place, and is no threat
        "The Kremlin did not rule out a meeting between Putin and Trump. The Kremlin said a "
        "meeting between Putin and Zelensky was possible. The Kremlin did not rule out a "
        "meeting with Erdogan. A meeting between Putin and Xi took place in Moscow.",
        {
            ("Russia", "meetsWith", "Volodymyr Zelensky", False, False),
            ("Russia", "meetsWith", "Recep Tayyip Erdoğan", False, False),
            ("Russia", "meetsWith", "Xi Jinping", False, True),  # held
        },
        {
            ("Russia", "meetsWith", "Recep Tayyip Erdoğan", False, True),
            ("Russia", "meetsWith", "Donald Trump", False, True),
            ("Russia", "meetsWith", "Volodymyr Zelensky", False, True),
            ("Russia", "threatens", "Recep Tayyip Erdoğan", False, True),
        },
    ),
    (  # a refusal or a halt denied tells the act, done or to come ("did not hesitate",
        # "will not shy away from", "did not stop"); "did not refuse to" leaves it open
        "Russia did not hesitate to invade Ukraine. France warned it would not hesitate to "
        "sanction Mali. The US did not stop arming Taiwan. China did not refuse to condemn "
        "Russia. India is not unwilling to talk to Pakistan.",
        {
            ("Russia", "invades", "Ukraine", False, True),
            ("France", "threatens", "Mali", False, True),
            ("United States", "providesWeaponsTo", "Taiwan", False, True),
            ("China", "condemns", "Russia", False, False),
            ("India", "consultsWith", "Pakistan", False, False),
        },
        {
            ("United States", "rejects", "Taiwan", False, True),
            ("China", "refusesToCondemn", "Russia", False, True),
            ("France", "sanctions", "Mali", True, False),
        },
    ),
    (  # a reporting clause at the end of the sentence, parsed as the act's complement
        # (an adverb before its verb), still makes the act a claim
        "Venezuela invaded Guyana, a Guyanese official falsely claimed.",
        {
            ("Venezuela", "invades", "Guyana", False, False),
            ("Guyana", "accuses", "Venezuela", False, True),
        },
        {("Venezuela", "invades", "Guyana", False, True)},
    ),
    (  # "it" in what a participle says is the participle's subject, the main clause's
        "Russia invaded Ukraine, claiming it was defending Russians.",
        {("Russia", "invades", "Ukraine", False, True)},
        {("Ukraine", "supports", "Russia", False, False)},
    ),
    (  # what the writer says was told falsely is not asserted, even the teller's own act;
        # the telling stands
        "Russian media wrongly reported that Russia had attacked Ukraine. Venezuela invaded "
        "Guyana, a Guyanese official falsely claimed.",
        {
            ("Russia", "attacks", "Ukraine", False, False),
            ("Guyana", "accuses", "Venezuela", False, True),
        },
        {("Russia", "attacks", "Ukraine", False, True)},
    ),
    (  # punishing is coercion; a punishment promised is a threat
        "China punished Lithuania with trade curbs. Iran said it would punish Israel.",
        {
            ("China", "coerces", "Lithuania", False, True),
            ("Iran", "threatens", "Israel", False, True),
        },
        set(),
    ),
    (  # a speaker who says an actor will pay, face consequences or be punished threatens
        # it; not a forecast by no actor, nor a penalty denied
        'Khamenei said Israel would pay a heavy price. "Russia will face consequences," '
        "Blinken said. Iran's supreme leader said Israel would be punished. Analysts said "
        "Russia would pay a heavy price. The US said Russia would not face consequences.",
        {
            ("Iran", "threatens", "Israel", False, True),
            ("United States", "threatens", "Russia", False, True),
        },
        {("United States", "threatens", "Russia", True, False)},
    ),
    (  # "the launch", "the test" with no doer judge the last material act told before
        "North Korea fired a ballistic missile into the sea. Seoul and Washington condemned "
        "the launch.",
        {
            ("South Korea", "condemns", "North Korea", False, True),
            ("United States", "condemns", "North Korea", False, True),
        },
        set(),
    ),
    (  # buying a state's oil or gas, and trade resumed or expanded, is economic cooperation
        # with it; stopping it is not
        "India buys Russian oil. China imports Iranian oil. Australia resumed trade with "
        "China. The EU stopped buying Russian gas.",
        {
            ("India", "cooperatesWith", "Russia", False, True),
            ("China", "cooperatesWith", "Iran", False, True),
            ("Australia", "cooperatesWith", "China", False, True),
        },
        {("European Union", "cooperatesWith", "Russia", False, True)},
    ),
    (  # a halt refused is the act going on, no rejection of its partner
        "India refused to stop buying Russian oil. China refused to stop arming Russia. The "
        "US stopped arming Taiwan.",
        {
            ("India", "cooperatesWith", "Russia", False, True),
            ("China", "providesWeaponsTo", "Russia", False, True),
            ("United States", "providesWeaponsTo", "Taiwan", True, False),
        },
        {
            ("India", "rejects", "Russia", False, True),
            ("China", "rejects", "Russia", False, True),
        },
    ),
    (  # a light verb in a relative clause takes the noun the clause is on as its object
        "The drones that Iran supplied to Russia were used against Ukrainian cities. The "
        "weapons that Iran sent to the Houthis were seized.",
        {
            ("Iran", "providesWeaponsTo", "Russia", False, True),
            ("Iran", "providesWeaponsTo", "Houthis", False, True),
        },
        {("Iran", "providesAidTo", "Russia", False, True)},
    ),
    (  # "whose" is the noun its relative clause is on
        "Russia, whose troops occupy parts of Georgia, denied the charge. Israel, whose jets "
        "struck Beirut, said it targeted Hezbollah.",
        {
            ("Russia", "occupies", "Georgia", False, True),
            ("Israel", "attacks", "Lebanon", False, True),
        },
        set(),
    ),
    (  # meeting a commitment, a target or a deadline fulfils it: no meeting
        "Spain said it would meet its commitments. Iran met the deadline. Putin will meet Trump.",
        {("Russia", "meetsWith", "Donald Trump", False, False)},  # to come: not asserted
        {  # (a misreading of "would meet its commitments" would now be a planned meeting)
            *(("Spain", "meetsWith", None, False, a) for a in (True, False)),
            ("Iran", "meetsWith", None, False, True),
        },
    ),
    (  # a head of state or government named by a demonym and a title speaks for the state
        "Xi met the German chancellor. The Chinese premier visited Australia. The Saudi king "
        "received the Qatari emir.",
        {
            ("China", "meetsWith", "Germany", False, True),
            ("China", "visits", "Australia", False, True),
            ("Saudi Arabia", "meetsWith", "Qatar", False, True),
        },
        set(),
    ),
    (  # one who makes another pay threatens or coerces it
        "Trump threatened to make Spain pay for the exemption. Iran vowed to make Israel pay "
        "a heavy price. Russia made Ukraine pay a heavy price.",
        {
            ("United States", "threatens", "Spain", False, True),
            ("Iran", "threatens", "Israel", False, True),
            ("Russia", "coerces", "Ukraine", False, True),
        },
        {("United States", "threatens", None, False, True)},
    ),
    (  # one who says another will regret something threatens it
        "Pakistan's army chief said India would regret any aggression. China said Taiwan "
        "would rue the day. Japan said it regretted the decision.",
        {
            ("Pakistan", "threatens", "India", False, True),
            ("China", "threatens", "Taiwan", False, True),
        },
        set(),
    ),
    (  # a clause after "and" whose subject the parser hung on the clause before as its
        # object's (or subject's) conjunct gets it back
        "China sanctioned Lithuania and the EU protested. Israel struck Gaza and Egypt "
        "condemned the strikes. The US supports Israel and Egypt supports Hamas. Russia "
        "attacked Ukraine and Georgia.",
        {
            ("European Union", "protestsAgainst", None, False, True),
            ("Egypt", "condemns", "Israel", False, True),
            ("United States", "supports", "Israel", False, True),
            ("Egypt", "supports", "Hamas", False, True),
            ("Russia", "attacks", "Georgia", False, True),
        },
        {
            ("China", "sanctions", "European Union", False, True),
            ("Palestine", "condemns", "Israel", False, False),
            ("Israel", "supports", "Hamas", False, True),
        },
    ),
    (  # an object "it" of a judgement in a clause with its own subject is the act told
        # before, not the state it was done to
        "Russia attacked Ukraine and Georgia condemned it. Israel struck Iran and the US "
        "condemned it. The US backs Taiwan and will defend it.",
        {
            ("Georgia", "condemns", "Russia", False, True),
            ("United States", "condemns", "Israel", False, True),
            ("United States", "agreesWith", "Taiwan", False, True),
        },
        {
            ("Georgia", "condemns", "Ukraine", False, True),
            ("Russia", "condemns", "Georgia", False, True),
            ("United States", "condemns", "Iran", False, True),
        },
    ),
    (  # a headline's "X to V" parsed as an infinitive clause on the name: X will V
        "EU to impose new sanctions on Russia",
        {("European Union", "threatens", "Russia", False, True)},
        set(),
    ),
    (  # troops ordered somewhere are deployed there: a show of force, no order to anyone
        "Maduro ordered troops to the border with Guyana. Putin ordered Russian troops to "
        "attack Ukraine.",
        {
            ("Venezuela", "mobilizesAgainst", "Guyana", False, True),
            ("Russia", "threatens", "Ukraine", False, True),
        },
        {("Venezuela", "coerces", "Guyana", False, True)},
    ),
    (  # an actor called an issue, even a dangerous one, is talked about, not labelled
        "Xi told Biden that Taiwan was the most dangerous issue in relations. Lavrov said "
        "NATO is a threat.",
        {("Russia", "accuses", "NATO", False, True)},
        {("China", "accuses", "Taiwan", False, True)},
    ),
    (  # a list of states the model tags as one name is each state
        "Mali, Burkina Faso and Niger left ECOWAS.",
        {
            ("Mali", "cutsTiesWith", "Economic Community of West African States", False, True),
            (
                "Burkina Faso",
                "cutsTiesWith",
                "Economic Community of West African States",
                False,
                True,
            ),
            ("Niger", "cutsTiesWith", "Economic Community of West African States", False, True),
        },
        {
            (
                "Mali, Burkina Faso",
                "cutsTiesWith",
                "Economic Community of West African States",
                False,
                True,
            )
        },
    ),
    (  # an envoy expelled or summoned stands for their state, named or not
        "South Africa expelled the US ambassador, Ebrahim Rasool. China summoned the "
        "Japanese ambassador, Kenji Kanasugi. Poland expelled Russian diplomat Ivan Petrov.",
        {
            ("South Africa", "cutsTiesWith", "United States", False, True),
            ("China", "criticizes", "Japan", False, True),
            ("Poland", "cutsTiesWith", "Russia", False, True),
        },
        {("South Africa", "cutsTiesWith", "Ebrahim Rasool", False, True)},
    ),
    (  # harbouring a group supports it; colluding with an actor cooperates with it
        "India accused Canada of harbouring Sikh separatists. China accused the Philippines "
        "of colluding with the US.",
        {
            ("Canada", "supports", "Sikh separatists", False, False),
            ("Philippines", "cooperatesWith", "United States", False, False),
        },
        set(),
    ),
    (  # ready for talks, a deal or a war: the act intended (a promise or a threat)
        "The Kremlin said it was ready for talks with Ukraine. China is prepared for war with "
        "the US. India is not ready for talks with Pakistan.",
        {
            ("Russia", "agreesWith", "Ukraine", False, True),
            ("China", "threatens", "United States", False, True),
            ("India", "negotiatesWith", "Pakistan", True, False),
        },
        set(),
    ),
    (  # an act that worries or frustrates an actor draws its disapproval
        "Iran's backing of the Houthis worries Saudi Arabia. India's neutrality on the war "
        "frustrated the West.",
        {
            ("Saudi Arabia", "criticizes", "Iran", False, True),
            ("the West", "criticizes", "India", False, True),
        },
        set(),
    ),
    (  # encircling a state is a show of force against it (the one encircled, not a force
        # moved)
        "Chinese warships surrounded Taiwan. China encircled Taiwan with warships during the "
        "drills. Russia deployed Wagner mercenaries to Mali.",
        {
            ("China", "mobilizesAgainst", "Taiwan", False, True),
            ("Russia", "mobilizesAgainst", None, False, True),
        },
        {("Russia", "mobilizesAgainst", "Wagner Group", False, True)},
    ),
    (  # "X, not Y, V-ed": X acted, the contrasted appositive did not
        "China, not Russia, attacked Taiwan. India, not China, condemned Russia.",
        {
            ("China", "attacks", "Taiwan", False, True),
            ("India", "condemns", "Russia", False, True),
        },
        {
            ("Russia", "attacks", "Taiwan", False, True),
            ("China", "condemns", "Russia", False, True),
        },
    ),
    (  # "and" between clauses, the second verb parsed as the first one's object
        "China backs Russia and Iran arms the Houthis.",
        {
            ("China", "supports", "Russia", False, True),
            ("Iran", "providesWeaponsTo", "Houthis", False, True),
        },
        {("Russia", "providesWeaponsTo", "Houthis", False, True)},
    ),
    (  # a past-tense verb the parser read as an adjective, in a sentence with no verb
        "The US armed Ukraine with HIMARS. Washington armed Kyiv with Javelins. NATO armed "
        "Ukraine in 2023.",
        {
            ("United States", "providesWeaponsTo", "Ukraine", False, True),
            ("NATO", "providesWeaponsTo", "Ukraine", False, True),
        },
        set(),
    ),
    (  # ... but a caption's armed forces arm nobody
        "Russia armed forces in Syria. Hezbollah armed units in southern Lebanon.",
        set(),
        {
            ("Russia", "providesWeaponsTo", "Syria", False, True),
            ("Hezbollah", "providesWeaponsTo", "Lebanon", False, True),
        },
    ),
    (  # ... and a past-tense modifier the parser gave a subject of its own
        "Orban criticised Brussels.",
        {("Hungary", "criticizes", "European Union", False, True)},
        set(),
    ),
    (  # ... or one after a KB name the model tagged as an adjective
        "Orban congratulated Trump.",
        {("Hungary", "praises", "Donald Trump", False, True)},
        set(),
    ),
    (  # a bid's possessor, the parser making a name in the phrase the bid's subject
        "Turkey blocked Sweden's NATO bid for months.",
        {("Turkey", "rejects", "Sweden", False, True)},
        {("Turkey", "rejects", None, False, True)},
    ),
    (  # ... or the bid a clause
        "Hungary blocked Ukraine's EU membership bid.",
        {("Hungary", "rejects", "Ukraine", False, True)},
        {("Hungary", "rejects", None, False, True)},
    ),
    (  # "their" after a list of states the parser made partly of appositives: all of them
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
        {
            ("Mali", "cutsTiesWith", "Economic Community of West African States", False, True),
            ("Niger", "cutsTiesWith", "Economic Community of West African States", False, True),
            (
                "Burkina Faso",
                "cutsTiesWith",
                "Economic Community of West African States",
                False,
                True,
            ),
        },
        set(),
    ),
    (  # ... and after "U.S. and South Korean forces": both
        "U.S. and South Korean forces wrapped up their annual Freedom Shield exercises.",
        {("South Korea", "cooperatesWith", "United States", False, True)},
        {("South Korea", "cooperatesWith", "Freedom Shield", False, True)},
    ),
    (  # a speaker telling what would follow on a condition accuses nobody
        "If Russia attacks Poland, NATO will respond, the US said.",
        {("NATO", "threatens", "Russia", False, False)},
        {
            ("United States", "accuses", "NATO", False, True),
            ("United States", "accuses", "Russia", False, False),
        },
    ),
    (  # "would have V-ed": what would have happened, and did not (no act, no threat)
        "Had the US not intervened, Iraq would have invaded Saudi Arabia. The US would have "
        "sanctioned China.",
        {
            ("Iraq", "invades", "Saudi Arabia", False, False),
            ("United States", "sanctions", "China", False, False),
        },
        {
            ("Iraq", "threatens", "Saudi Arabia", False, True),
            ("United States", "threatens", "China", False, True),
        },
    ),
    (  # "protested to X over Y": the protest is addressed to X (Y is the issue)
        "Japan protested to China over the detention of a Japanese national.",
        {("Japan", "criticizes", "China", False, True)},  # a diplomatic protest: in words
        {
            ("Japan", "protestsAgainst", None, False, True),
            ("Japan", "protestsAgainst", "China", False, True),
        },
    ),
    (  # punishment vowed or promised is a threat (not a promise of cooperation)
        "Iran vowed harsh punishment for Israel. China promised punishment for Taiwan "
        "independence forces. Iran vowed punishment for the Israeli strike.",
        {
            ("Iran", "threatens", "Israel", False, True),
            ("China", "threatens", "Taiwan", False, True),
        },
        {("China", "agreesWith", "Taiwan", False, True)},
    ),
    (  # "the Zionist regime" / "entity", the name Iranian officials give Israel
        "Khamenei vowed harsh punishment for the Zionist regime. Iran's foreign minister "
        "condemned the Zionist entity's crimes in Gaza.",
        {
            ("Iran", "threatens", "Israel", False, True),
            ("Iran", "condemns", "Israel", False, True),
        },
        set(),
    ),
    (  # "Western officials", "Western leaders" speak for the West (as "Western governments")
        "Western officials criticized China. Western leaders condemned Russia.",
        {
            ("the West", "criticizes", "China", False, True),
            ("the West", "condemns", "Russia", False, True),
        },
        set(),
    ),
    (  # a light verb the parser read as a modifier of its own noun, with no other verb
        "Azerbaijan massed troops and armoured vehicles along its border with Armenia on "
        "Wednesday.",
        {("Azerbaijan", "mobilizesAgainst", "Armenia", False, True)},
        set(),
    ),
    (  # ... the host of talks between two sides takes part in them, as when parsed right
        "Turkey hosted talks between Ethiopia and Somalia.",
        {
            ("Turkey", "negotiatesWith", "Ethiopia", False, True),
            ("Turkey", "negotiatesWith", "Somalia", False, True),
        },
        set(),
    ),
    (  # status granted (candidate, observer) is support for the one granted it
        "The EU granted Ukraine candidate status. The UN granted Palestine observer status. The "
        "EU refused to grant Turkey candidate status.",
        {
            ("European Union", "supports", "Ukraine", False, True),
            ("United Nations", "supports", "Palestine", False, True),
            ("European Union", "supports", "Turkey", True, False),
        },
        set(),
    ),
    (  # a movement's name the model tagged as a place is an organization of its own
        "Morocco accused Iran of arming the Polisario Front.",
        {
            ("Morocco", "accuses", "Iran", False, True),
            ("Iran", "providesWeaponsTo", "Polisario Front", False, False),
        },
        set(),
    ),
    (  # a participle after blocking a bid is the blocker's own act (no purpose infinitive)
        "Turkey blocked the bid, accusing Stockholm of harbouring Kurdish militants.",
        {
            ("Turkey", "accuses", "Sweden", False, True),
            ("Sweden", "supports", "Kurdish militants", False, False),
        },
        set(),
    ),
    (  # ambassadors exchanged: diplomatic ties restored
        "Riyadh and Tehran exchanged ambassadors. Israel and the UAE exchanged ambassadors for "
        "the first time.",
        {
            ("Saudi Arabia", "alignsWith", "Iran", False, True),
            ("Israel", "alignsWith", "United Arab Emirates", False, True),
        },
        set(),
    ),
    (  # an act with "a"/"an" told as what would or could follow: supposed, not done
        "A Russian attack on NATO would trigger Article 5. A Chinese blockade of Taiwan could "
        "cripple the global economy. A Russian attack on Kyiv killed 12 people.",
        {
            ("Russia", "attacks", "NATO", False, False),
            ("China", "coerces", "Taiwan", False, False),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("Russia", "attacks", "NATO", False, True), ("China", "coerces", "Taiwan", False, True)},
    ),
    (  # "an act would be an attack on X": the doer of the act said of, not its target
        "Any attack on Poland would be an attack on NATO, Biden said. Russia's strike on Kyiv "
        "was an attack on NATO, Poland said.",
        {
            ("Russia", "attacks", "NATO", False, False),
            ("Poland", "accuses", "Russia", False, True),
        },
        {
            ("Poland", "threatens", "NATO", False, False),
            ("Poland", "threatens", "NATO", False, True),
            ("United States", "accuses", "Poland", False, True),
        },
    ),
    (  # the fear, risk, threat or talk of an act, or an act said to be imminent: not done
        "Fears of an Israeli strike on Iran grew. The threat of US tariffs on Mexico loomed. "
        "Talk of a ceasefire between Israel and Hamas faded. An Israeli attack on Rafah is "
        "imminent.",
        {
            ("Israel", "attacks", "Iran", False, False),
            ("United States", "sanctions", "Mexico", False, False),
            ("Israel", "agreesWith", "Hamas", False, False),
            ("Israel", "attacks", "Palestine", False, False),
        },
        {
            ("Israel", "attacks", "Iran", False, True),
            ("United States", "sanctions", "Mexico", False, True),
            ("Israel", "agreesWith", "Hamas", False, True),
            ("Israel", "attacks", "Palestine", False, True),
        },
    ),
    (  # ... but a partnership that "is close" is no prospect
        "The partnership between China and Russia is very close.",
        {("China", "partnersWith", "Russia", False, True)},
        set(),
    ),
    (  # "blamed the attack on X": X is blamed (not the act's target)
        "Moscow blamed the drone strike on Ukraine. Israel blamed the attack on Hezbollah. The "
        "US blamed the attack on the embassy on Iran.",
        {
            ("Russia", "blames", "Ukraine", False, True),
            ("Israel", "blames", "Hezbollah", False, True),
            ("United States", "blames", "Iran", False, True),
        },
        set(),
    ),
    (  # a denied gerund the parser read as a modifier of its object: the act, negated
        "Tehran denied supplying missiles to the Houthis.",
        {("Iran", "providesWeaponsTo", "Houthis", True, False)},
        {("Iran", "disputes", "Houthis", False, True)},
    ),
    (  # a trip is a visit (and "the trip" refers back to one, as "the visit" does)
        "Orban visited Moscow. The trip angered the EU. Modi made a trip to Washington.",
        {
            ("European Union", "criticizes", "Viktor Orbán", False, True),
            ("India", "visits", "United States", False, True),
        },
        set(),
    ),
    (  # a verb read as a modifier between two offices named by whom they serve
        "Qatar's emir hosted Hamas leaders in Doha. Egypt's president received Hamas leaders "
        "in Cairo.",
        {
            ("Qatar", "meetsWith", "Hamas", False, True),
            ("Egypt", "meetsWith", "Hamas", False, True),
        },
        set(),
    ),
    (
        # a craft, its cargo or arms seized is coercion (CAMEO 17: the ontology's own example
        # for coerces), its owner the one coerced; a place seized stays an attack on its state
        "Canada seized a Russian cargo plane.",
        {("Canada", "coerces", "Russia", False, True)},
        {("Canada", "attacks", "Russia", False, True)},
    ),
    (
        "Argentina seized a Chinese fishing vessel. Iran seized two Greek oil tankers.",
        {
            ("Argentina", "coerces", "China", False, True),
            ("Iran", "coerces", "Greece", False, True),
        },
        {
            ("Argentina", "attacks", "China", False, True),
            ("Iran", "attacks", "Greece", False, True),
        },
    ),
    (
        "Houthi rebels seized a cargo ship owned by an Israeli businessman.",
        {("Houthis", "coerces", "Israel", False, True)},
        {("Houthis", "attacks", "Israel", False, True)},
    ),
    (
        "Russian forces seized the town of Avdiivka. M23 rebels seized Goma.",
        {  # (the place's state: unasserted, as for every place taken)
            ("Russia", "attacks", "Ukraine", False, False),
            ("M23", "attacks", "Democratic Republic of the Congo", False, False),
        },
        {("Russia", "coerces", "Ukraine", False, False)},
    ),
    (
        # a planned deployment against no one named is a mobilization, no threat (the
        # destination may be the one protected); against someone, or vowed, it threatens
        "The US will send troops to Poland. Rwanda agreed to deploy troops to Mozambique.",
        {
            ("United States", "mobilizesAgainst", None, False, True),
            ("Rwanda", "mobilizesAgainst", None, False, True),
        },
        {
            ("United States", "threatens", None, False, True),
            ("Rwanda", "threatens", None, False, True),
        },
    ),
    (
        "Russia will deploy troops against Ukraine. Russia vowed to deploy more troops.",
        {
            ("Russia", "threatens", "Ukraine", False, True),
            ("Russia", "threatens", None, False, True),
        },
        {("Russia", "mobilizesAgainst", None, False, True)},
    ),
    (
        # arms, aid or support received from another are given by it (the "from" phrase)
        "Ukraine has received F-16 fighter jets from Denmark. Russia received drones from Iran.",
        {
            ("Denmark", "providesWeaponsTo", "Ukraine", False, True),
            ("Iran", "providesWeaponsTo", "Russia", False, True),
        },
        {("Ukraine", "meetsWith", "Denmark", False, True)},
    ),
    (
        "Ukraine received $5 billion in aid from the EU. Ukraine received a new package of air "
        "defence systems from Germany.",  # through a sum or a package: what it is of
        {
            ("European Union", "providesAidTo", "Ukraine", False, True),
            ("Germany", "providesWeaponsTo", "Ukraine", False, True),
        },
        {("Germany", "providesAidTo", "Ukraine", False, True)},
    ),
    (
        # a purchase of arms is a transfer by the seller; of oil, trade (the buyer's)
        "India bought S-400 missiles from Russia. India bought oil from Russia.",
        {
            ("Russia", "providesWeaponsTo", "India", False, True),
            ("India", "cooperatesWith", "Russia", False, True),
        },
        {("India", "providesWeaponsTo", "Russia", False, True)},
    ),
    (
        "Ukraine has not received the jets from Denmark. Ukraine received a delegation from "
        "the US.",  # not received: not given; a delegation is no gift
        {("Denmark", "providesWeaponsTo", "Ukraine", True, False)},
        {
            ("Denmark", "providesWeaponsTo", "Ukraine", False, True),
            ("United States", "providesAidTo", "Ukraine", False, True),
            ("United States", "supports", "Ukraine", False, True),
        },
    ),
    (
        # a call received is a consultation with the caller, no appeal to it
        "Zelensky received a call from Biden.",
        {("Ukraine", "consultsWith", "Joe Biden", False, True)},
        {("Ukraine", "callsOn", "Joe Biden", False, True)},
    ),
    (
        # what is vetoed, adopted or signed is a text, never an actor named inside it
        "The UN Security Council failed to adopt a resolution on Gaza after the US vetoed it.",
        {("United States", "rejects", None, False, True)},
        {("United States", "rejects", "Palestine", False, True)},
    ),
    (
        # a complaint lodged with a state is against it; one lodged against a state too
        "China lodged a formal complaint with Japan over the visit. Japan lodged a complaint "
        "against China.",
        {
            ("China", "criticizes", "Japan", False, True),
            ("Japan", "criticizes", "China", False, True),
        },
        set(),
    ),
    (
        # retaliation (a reprisal) against X is an attack on X: kept open, a threat; ruled
        # out, a negated attack; launched, an attack
        "Iran did not rule out retaliation against Israel. Hezbollah ruled out reprisals "
        "against Cyprus. Iran launched retaliation against Israel.",
        {
            ("Iran", "threatens", "Israel", False, True),
            ("Hezbollah", "attacks", "Cyprus", True, False),
            ("Iran", "attacks", "Israel", False, True),
        },
        {("Hezbollah", "attacks", "Cyprus", False, True)},
    ),
    (
        # "its" in a charge is not the accused's when what it owns suffers the act charged,
        # here through the militants the accused is said to shelter
        "Pakistan accused Afghanistan of sheltering militants who attacked its soldiers.",
        {
            ("Pakistan", "accuses", "Afghanistan", False, True),
            ("militants", "attacks", "Pakistan", False, False),
        },
        {("militants", "attacks", "Afghanistan", False, False)},
    ),
    (
        # ... unless said to be its own: no attack on the speaker (nor on itself)
        "Russia accused Ukraine of shelling its own cities. Israel said Hezbollah violated "
        "its airspace.",
        {
            ("Russia", "accuses", "Ukraine", False, True),
            ("Hezbollah", "mobilizesAgainst", "Israel", False, False),
        },
        {("Ukraine", "attacks", "Russia", False, False)},
    ),
    (
        # a tie "between the two countries" includes the one who speaks of it when no
        # other two are named (a host of talks between the two stays out of the pair)
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow. Xi "
        "praised the partnership between the two countries.",
        {("Russia", "partnersWith", "China", False, True)},
        set(),
    ),
    (
        "Qatar met Israel. Qatar hosted talks between the two sides.",
        {("Qatar", "meetsWith", "Israel", False, True)},
        {("Qatar", "negotiatesWith", "Israel", False, True)},
    ),
    (
        # a business that "crushes" or "beats" another competes: no force between states;
        # a strike on a business is still one
        "Chinese carmakers are crushing German rivals in China. Chinese firms are beating "
        "American rivals. A Russian missile hit a Ukrainian bank in Kharkiv.",
        {("Russia", "attacks", "Ukraine", False, True)},
        {
            ("China", "attacks", "Germany", False, True),
            ("China", "attacks", "United States", False, True),
        },
    ),
    (
        # one who begs or implores another asks it (the help begged for is not given by
        # the beggar)
        "Poland begged the EU for help with the refugees. Zelensky implored the West to send "
        "more air defence.",
        {
            ("Poland", "callsOn", "European Union", False, True),
            ("Ukraine", "callsOn", "the West", False, True),
        },
        {("Poland", "providesAidTo", "refugees", False, True)},
    ),
    (
        # "no" on a verb's object denies the act: "imposed no sanctions" imposed none
        "The EU imposed no sanctions on Israel. China provided no weapons to Russia. Russia "
        "launched no attacks on Ukraine.",
        {
            ("European Union", "sanctions", "Israel", True, False),
            ("China", "providesWeaponsTo", "Russia", True, False),
            ("Russia", "attacks", "Ukraine", True, False),
        },
        {
            ("European Union", "sanctions", "Israel", False, True),
            ("China", "providesWeaponsTo", "Russia", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
    ),
    (
        # help received "from" another is its help to the receiver; help hoped for is no
        # one's; a gift received is no visit
        "Armenia got no support from Russia. Israel received support from the US. Armenia "
        "hoped for support from Russia.",
        {
            ("Russia", "supports", "Armenia", True, False),
            ("United States", "supports", "Israel", False, True),
        },
        {
            ("Armenia", "supports", "Russia", False, True),
            ("Russia", "supports", "Armenia", False, True),
            ("Israel", "meetsWith", "United States", False, True),
        },
    ),
    (
        # hearsay told by no one named ("reports say", "according to reports") is kept,
        # not asserted; a document named ("the report said") tells its finding
        "Reports say that North Korea attacked South Korea. According to reports, Iran "
        "supplied drones to Russia. The report said that Israel struck Iran.",
        {
            ("North Korea", "attacks", "South Korea", False, False),
            ("Iran", "providesWeaponsTo", "Russia", False, False),
            ("Israel", "attacks", "Iran", False, True),
        },
        {
            ("North Korea", "attacks", "South Korea", False, True),
            ("Iran", "providesWeaponsTo", "Russia", False, True),
        },
    ),
    (
        # a hostile act a named speaker tells of another, whose target is no actor, is
        # kept without an object (attributed): what the speaker accuses the doer of
        "Hamas says Israel bombed a refugee camp, killing dozens. The Israeli military said "
        "its jets struck a weapons depot.",
        {("Hamas", "accuses", "Israel", False, True), ("Israel", "attacks", None, False, False)},
        {("Israel", "attacks", None, False, True)},
    ),
    (
        # "ethnic Albanians", "ethnic Serbs in northern Kosovo": a people, not the state
        "Ethnic Serbs in northern Kosovo protested against Pristina. Serb forces killed three "
        "ethnic Albanians.",
        {
            ("Ethnic Serbs", "protestsAgainst", "Kosovo", False, True),
            ("Serbia", "attacks", "ethnic Albanians", False, True),
        },
        {
            ("Serbia", "protestsAgainst", "Kosovo", False, True),
            ("Serbia", "attacks", "Albania", False, True),
        },
    ),
    (
        # an ultimatum (a deadline given to act) threatens the one given it, who would act:
        # no withdrawal by NATO, no aid by the US
        "NATO gave Russia 48 hours to withdraw its troops. The US gave Israel until Friday to "
        "allow aid into Gaza. ECOWAS gave the junta a week to reinstate President Mohamed "
        "Bazoum.",
        {
            ("NATO", "threatens", "Russia", False, True),
            ("United States", "threatens", "Israel", False, True),
        },
        {
            ("NATO", "withdrawsFrom", "Russia", False, True),
            ("United States", "providesAidTo", "Palestine", False, True),
            (
                "Economic Community of West African States",
                "concedesTo",
                "Mohamed Bazoum",
                False,
                True,
            ),
            (
                "Economic Community of West African States",
                "threatens",
                "Mohamed Bazoum",
                False,
                True,
            ),
        },
    ),
    (
        "The US gave Ukraine weapons to defend itself.",  # no span of time: a gift
        {("United States", "providesWeaponsTo", "Ukraine", False, True)},
        {("United States", "threatens", "Ukraine", False, True)},
    ),
    (
        # a force named with words of its own before the demonym is no organ of the state
        # ("Royal" is a state's own word: the Royal Saudi Air Force is Saudi Arabia's)
        "The Free Syrian Army received missiles from Saudi Arabia. The Royal Saudi Air Force "
        "bombed Houthi positions.",
        {
            ("Saudi Arabia", "providesWeaponsTo", "Free Syrian Army", False, True),
            ("Saudi Arabia", "attacks", "Houthis", False, True),
        },
        {("Saudi Arabia", "providesWeaponsTo", "Syria", False, True)},
    ),
    (
        # months or years given to act are no ultimatum
        "The EU gave Ukraine two years to repay the loan.",
        set(),
        {("European Union", "threatens", "Ukraine", False, True)},
    ),
    (  # "warned X not to V", "warned X to V": X's act, asked of X, and a warning to X (not
        # an act of the warner's own, nor a threat by X)
        "Beijing warned Washington not to interfere in Taiwan. Russia warned Finland to stay "
        "out of NATO. The US cautioned Israel not to invade Rafah.",
        {
            ("China", "warns", "United States", False, True),
            ("Russia", "warns", "Finland", False, True),
            ("United States", "warns", "Israel", False, True),
        },
        {
            ("China", "targets", "Taiwan", True, False),
            ("United States", "targets", "Taiwan", True, False),
            ("Finland", "withdrawsFrom", "NATO", False, True),
            ("Israel", "invades", "Palestine", True, False),
        },
    ),
    (  # the one begged, implored or reminded does the act asked
        "Ukraine begged Germany to send tanks to the front. Poland implored the EU to sanction "
        "Belarus. The US reminded China not to attack Taiwan.",
        {
            ("Ukraine", "callsOn", "Germany", False, True),
            ("Poland", "callsOn", "European Union", False, True),
            ("China", "attacks", "Taiwan", True, False),
        },
        {
            ("United States", "attacks", "Taiwan", True, False),
        },
    ),
    (  # "X warned Y that it would V": the warner's word (not when the clause befalls the one
        # warned: "would face consequences", or is done to it: "would be held responsible")
        "Iran warned Israel that it would retaliate.",
        {("Iran", "warns", "Israel", False, True), ("Iran", "threatens", None, False, True)},
        {("Israel", "threatens", None, False, False)},
    ),
    (  # "he"/"she" after an office named by its title alone: the office's state (a body's
        # title, "the Foreign Ministry", is no "he")
        '"We will never recognise the annexation," the Ukrainian president said. He also '
        "thanked Poland for its support. The French foreign minister arrived in Kyiv. She "
        "praised Ukraine's resilience.",
        {
            ("Ukraine", "praises", "Poland", False, True),
            ("Poland", "supports", "Ukraine", False, True),
            ("France", "praises", "Ukraine", False, True),
        },
        set(),
    ),
    (  # "X is to blame": X is blamed, by the speaker who says so; X plans nothing (no threat
        # from the "is to"); unsaid, it is the writer's word; "was not to blame" clears X
        'Ukraine said Russia was to blame for the attack. "Hamas is to blame," Netanyahu '
        "said. Iran is to blame for the war. Poland said Belarus was not to blame.",
        {
            ("Ukraine", "blames", "Russia", False, True),
            ("Israel", "blames", "Hamas", False, True),
        },
        {
            ("Russia", "threatens", None, False, False),
            ("Hamas", "threatens", None, False, False),
            ("Iran", "threatens", None, False, True),
            ("Poland", "blames", "Belarus", False, True),
            ("Belarus", "blames", None, True, False),
            ("Poland", "accuses", "Belarus", False, True),
        },
    ),
    (  # a complaint or a case brought before an international body: the body is the forum,
        # the one it is against (or whose act it is over) the target
        "The EU lodged a complaint with the WTO against China. Australia filed a complaint "
        "with the WTO over Indian sugar subsidies. Ukraine filed a case with the ICJ against "
        "Russia. China lodged a complaint with Japan.",
        {
            ("European Union", "criticizes", "China", False, True),
            ("Australia", "criticizes", "India", False, True),
            ("Ukraine", "accuses", "Russia", False, True),
            ("China", "criticizes", "Japan", False, True),
        },
        {
            ("European Union", "criticizes", "World Trade Organization", False, True),
            ("Australia", "criticizes", "World Trade Organization", False, True),
            ("Ukraine", "accuses", "International Court of Justice", False, True),
        },
    ),
    (  # "no sign that X ...": unknown, not told as done; "signs that X ...": a hint, hedged
        "There is no sign that Russia is preparing to attack Moldova. There are signs that "
        "Iran is preparing to strike Israel.",
        {
            ("Russia", "threatens", "Moldova", False, False),
            ("Iran", "threatens", "Israel", False, False),
        },
        {
            ("Russia", "threatens", "Moldova", False, True),
            ("Iran", "threatens", "Israel", False, True),
        },
    ),
    (  # a mediator of talks, a truce or a swap between two sides negotiates with each, as a
        # broker of a deal does; the two sides' own act stays theirs
        "Egypt mediated talks between Israel and Hamas. The UAE mediated a prisoner swap "
        "between Russia and Ukraine.",
        {
            ("Egypt", "negotiatesWith", "Israel", False, True),
            ("Egypt", "negotiatesWith", "Hamas", False, True),
            ("Israel", "negotiatesWith", "Hamas", False, True),
            ("United Arab Emirates", "negotiatesWith", "Russia", False, True),
            ("Russia", "cooperatesWith", "Ukraine", False, True),
        },
        {("United Arab Emirates", "cooperatesWith", "Russia", False, True)},
    ),
    (  # the subject of "face", "suffer", "endure" undergoes the hostile act it names: the
        # act's doer (its owner, a demonym or "from X") acts on the subject, as sure as the verb
        "Lithuania has faced Chinese economic coercion. Ukraine endured a massive Russian "
        "missile attack overnight. Israel faces growing criticism from the EU. Russia could "
        "face new Japanese sanctions. Moldova did not suffer Russian attacks this week.",
        {
            ("China", "coerces", "Lithuania", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
            ("European Union", "criticizes", "Israel", False, True),
            ("Japan", "sanctions", "Russia", False, False),
            ("Russia", "attacks", "Moldova", True, False),
        },
        {
            ("Japan", "sanctions", "Russia", False, True),
            ("Russia", "attacks", "Moldova", False, True),
        },
    ),
    (  # a refusal noun whose refused act is told says no more than it: no objectless
        # "rejects" beside the refusal to condemn
        "China's refusal to condemn Russia has frustrated European leaders.",
        {("China", "refusesToCondemn", "Russia", False, True)},
        {("China", "rejects", None, False, True)},
    ),
    (  # a name parsed as the root (an acronym tagged as a gerund) with the verb after it
        # read as a modifier of its object: the verb is the sentence's, the name its subject
        "ECOWAS imposed sanctions on Niger. ECOWAS lifted sanctions on Mali.",
        {
            ("Economic Community of West African States", "sanctions", "Niger", False, True),
            ("Economic Community of West African States", "concedesTo", "Mali", False, True),
        },
        set(),
    ),
    (  # a pronoun with no antecedent in its own sentence passes over an actor told in a
        # relative clause of the sentence before: "Its foreign minister" is Hungary's
        "Hungary, which has maintained close ties with Moscow, did not sign the statement. "
        "Its foreign minister said Budapest would not back sanctions on Moscow.",
        {
            ("Hungary", "alignsWith", "Russia", False, True),
            ("Hungary", "rejects", None, False, True),
        },
        {
            ("Russia", "accuses", "Hungary", False, False),
            ("Russia", "accuses", "Hungary", False, True),
        },
    ),
    (  # blocking or stopping exports or imports is a trade sanction on the one they go to
        # or come from (blocking a resolution is no sanction)
        "The Netherlands blocked chip equipment exports to China under US pressure. The EU "
        "blocked imports of Russian steel. Germany stopped exports of weapons to Israel.",
        {
            ("Netherlands", "sanctions", "China", False, True),
            ("European Union", "sanctions", "Russia", False, True),
            ("Germany", "sanctions", "Israel", False, True),
        },
        {("Netherlands", "rejects", "China", False, True)},
    ),
    (  # goods bought or assets frozen by the amount ("record amounts of Russian oil",
        # "billions of euros in Russian assets"): their owner, as for the goods named alone
        "India bought record amounts of Russian oil. China imported record volumes of Russian "
        "crude. The EU froze billions of euros in Russian assets.",
        {
            ("India", "cooperatesWith", "Russia", False, True),
            ("China", "cooperatesWith", "Russia", False, True),
            ("European Union", "sanctions", "Russia", False, True),
        },
        set(),
    ),
    (  # "instead of V-ing": the subject's own act not done, not its object's
        "Instead of attacking Iran, Israel targeted Hezbollah.",
        {
            ("Israel", "attacks", "Iran", True, False),
            ("Israel", "targets", "Hezbollah", False, True),
        },
        {
            ("Hezbollah", "attacks", "Iran", True, False),
            ("Hezbollah", "attacks", "Iran", False, True),
        },
    ),
    (  # a member put out of a body, told in the passive with no agent: the body named by
        # "from" excludes it; readmitted (lemmatized "readmitte" by the model) is a joining
        "Russia was expelled from the Council of Europe. Gabon was suspended from the African "
        "Union after the coup. Syria was readmitted to the Arab League.",
        {
            ("Council of Europe", "sanctions", "Russia", False, True),
            ("African Union", "sanctions", "Gabon", False, True),
            ("Syria", "alignsWith", "Arab League", False, True),
        },
        set(),
    ),
    (  # an act with "a"/"an" that an attitude is taken to with a modal or a "not" is
        # weighed, not told as done (a definite one is: "did not condemn the Russian strike")
        "Biden said he would not support an Israeli strike on Iran's nuclear sites. China did "
        "not condemn the Russian strike on Kyiv.",
        {
            ("Israel", "attacks", "Iran", False, False),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        {("Israel", "attacks", "Iran", False, True)},
    ),
    (  # a speaker who says another will "pay for" a wrong (the act told, "its aggression",
        # "its crimes") threatens it; paying for a cost is no penalty
        'Netanyahu said Iran had made a big mistake and will pay for it. "Russia will pay for '
        'its crimes," Zelensky said. Germany said it would pay for the reconstruction of Ukraine.',
        {
            ("Israel", "threatens", "Iran", False, True),
            ("Ukraine", "threatens", "Russia", False, True),
        },
        {("Germany", "threatens", "Ukraine", False, True)},
    ),
    (  # a speaker who says an actor made or committed a fault ("a big mistake", "a grave
        # violation") criticizes it; an act committed is accused as before, not criticized
        "Netanyahu said Iran had made a big mistake. The UN said Israel committed a grave "
        "violation of international law. Spain said that Israel was committing genocide.",
        {
            ("Israel", "criticizes", "Iran", False, True),
            ("United Nations", "criticizes", "Israel", False, True),
            ("Spain", "accuses", "Israel", False, True),
        },
        {("Spain", "criticizes", "Israel", False, True)},
    ),
    (  # an "its" on what only an actor has (a pact, a tie, an act, an organ) is an actor's
        # even past a thing told nearer: the US's treaty, so the action it condemns is not
        # its ally's
        "A Chinese coast guard vessel fired water cannon at a Philippine supply boat, the "
        "Philippine coast guard said. The United States condemned the action and reaffirmed "
        "that its mutual defence treaty with Manila extends to attacks on Philippine vessels.",
        {
            ("United States", "alliesWith", "Philippines", False, True),
            ("United States", "condemns", "China", False, True),
        },
        {("United States", "condemns", "Philippines", False, True)},
    ),
    (  # a state's proxies are a group of their own (tied to it), not the state: their
        # attack is theirs
        "Iran's proxies attacked US bases. Tehran's proxies in Iraq attacked US bases.",
        {
            ("Iran proxies", "attacks", "United States", False, True),
            ("Tehran proxies", "attacks", "United States", False, True),
        },
        {("Iran", "attacks", "United States", False, True)},
    ),
    (  # "the attack" standing for its doer is the doer of the attack launched before, not
        # the last acting subject ("it shot down 84 missiles": the defender)
        "Russia launched a massive missile and drone attack on Ukraine's energy infrastructure "
        "overnight. Ukraine's air force said it shot down 84 of 127 missiles. Energy Minister "
        "German Galushchenko said the attack targeted power plants in eight regions.",
        {
            ("Russia", "targets", None, False, False),
            ("German Galushchenko", "accuses", "Russia", False, False),
        },
        {
            ("Ukraine", "targets", None, False, False),
            ("German Galushchenko", "accuses", "Ukraine", False, False),
        },
    ),
    (  # an envoy noun the tagger reads as an adjective ("chargé" before "d'affaires") still
        # names the envoy summoned, and so the state it serves
        "Warsaw summoned Russia's chargé d'affaires and demanded an explanation.",
        {("Poland", "criticizes", "Russia", False, True)},
        set(),
    ),
    (  # failing at what an assault sets out to do is an assault made in vain, not refused
        # (failing to condemn stays a refusal)
        "Russia failed to capture Kyiv. Israel failed to destroy Hamas. China failed to "
        "condemn Russia.",
        {
            ("Russia", "attacks", "Ukraine", False, True),
            ("Israel", "attacks", "Hamas", False, True),
            ("China", "refusesToCondemn", "Russia", False, True),
        },
        {
            ("Russia", "attacks", "Ukraine", True, False),
            ("Israel", "attacks", "Hamas", True, False),
        },
    ),
    (  # a name, a past verb and an act noun parsed as one noun phrase ("Orban" and "blocked"
        # modifiers of "aid"): the verb is the sentence's; the aid blocked is not given
        "Orban blocked EU aid to Ukraine.",
        {("Hungary", "rejects", "European Union", False, True)},
        {
            ("Hungary", "providesAidTo", "Ukraine", False, True),
            ("European Union", "providesAidTo", "Ukraine", False, True),
        },
    ),
    (  # a retaliation "after" or "over" an act answers its doer, as "for" it does ("after the
        # summit", no act, names no one)
        "China vowed to retaliate after US chip curbs. Iran vowed to retaliate over the "
        "Israeli strike in Damascus. Iran vowed to respond after the summit.",
        {
            ("China", "threatens", "United States", False, True),
            ("Iran", "threatens", "Israel", False, True),
            ("Iran", "threatens", None, False, True),
        },
        set(),
    ),
    (  # a "no" on the first verb's object denies that object, not the verb coordinated
        # with it ("has not sanctioned or criticized" still shares its "not")
        "Guyana said it posed no threat to anyone and appealed to Brazil for help. The EU "
        "imposed no sanctions and criticized Israel.",
        {
            ("Guyana", "callsOn", "Brazil", False, True),
            ("European Union", "criticizes", "Israel", False, True),
        },
        {
            ("Guyana", "callsOn", "Brazil", True, False),
            ("European Union", "criticizes", "Israel", True, False),
        },
    ),
    (  # one said to be "behind" an act did it: the speaker accuses it, as for "carried out
        # the attack"; the one behind it owns nothing it hits ("its troops": the speaker's)
        "US officials said Russia was behind the attack on the pipeline. The US said Iran was "
        "behind the attack on its troops.",
        {
            ("United States", "accuses", "Russia", False, True),
            ("United States", "accuses", "Iran", False, True),
            ("Iran", "attacks", "United States", False, False),
        },
        set(),
    ),
    (  # "suspect X of V-ing" accuses X, its act the suspecter's claim, as "accuse" does;
        # "officials suspected / accused of V-ing" do the act themselves, not the suspecter
        "The US suspects China of hacking its networks. Western officials suspect Moscow of "
        "orchestrating the cable cuts. Libya handed over two nationals suspected by the West "
        "of blowing up a Pan Am plane.",
        {
            ("United States", "accuses", "China", False, True),
            ("China", "coerces", "United States", False, False),
            ("the West", "accuses", "Russia", False, True),
        },
        {
            ("China", "coerces", "United States", False, True),
            ("the West", "attacks", "Pan Am", False, True),
            ("the West", "attacks", "Pan Am", False, False),
        },
    ),
    (  # the mediator named on a mediation noun (owner, demonym or "by X") negotiates with
        # each side, as the verb's subject does ("mediated talks between ...")
        "Egypt's mediation between Israel and Hamas has stalled. The mediation by Turkey "
        "between Russia and Ukraine produced the grain deal.",
        {
            ("Egypt", "negotiatesWith", "Israel", False, True),
            ("Egypt", "negotiatesWith", "Hamas", False, True),
            ("Israel", "negotiatesWith", "Hamas", False, True),
            ("Turkey", "negotiatesWith", "Russia", False, True),
            ("Turkey", "negotiatesWith", "Ukraine", False, True),
        },
        set(),
    ),
    (  # a passive with no agent whose gift names its giver: "was granted EU candidate
        # status" (the EU), "was given US aid" (the US)
        "Moldova was granted EU candidate status. Ukraine was given EU candidate status in "
        "2022. Georgia was given US aid.",
        {
            ("European Union", "supports", "Moldova", False, True),
            ("European Union", "supports", "Ukraine", False, True),
            ("United States", "providesAidTo", "Georgia", False, True),
        },
        set(),
    ),
    (  # a one-word name the model took for a body or a person, unknown to the KB, taken as
        # the object of a verb of capture, is a place, no actor (a named holder stays)
        "Hezbollah captured Qusayr. ISIS seized Palmyra. Hamas captured Gilad Shalit.",
        {("Hamas", "attacks", "Gilad Shalit", False, True)},
        {
            ("Hezbollah", "attacks", "Qusayr", False, True),
            ("Islamic State", "attacks", "Palmyra", False, True),
        },
    ),
    (  # a bare "Foreign Ministry" in a title speaks for the state the KB gives the person
        # named after it, else for the state whose foreign ministry was named before; not for
        # the state the article names most (Japan here)
        "China's foreign ministry lodged a stern protest with Japan after Japanese Prime "
        "Minister Sanae Takaichi said a Chinese attack on Taiwan could threaten Japan's "
        "survival. Foreign Ministry spokesperson Lin Jian said Takaichi's remarks were a gross "
        "interference in China's internal affairs and urged Tokyo to retract them. "
        "Japan said its position had not changed. Tokyo said Japan would not back down. "
        "Foreign Ministry spokesperson Wang Xiaoming said Tokyo must apologize.",
        {
            ("China", "accuses", "Japan", False, True),
            ("China", "callsOn", "Japan", False, True),
            ("China", "demands", "Japan", False, True),
            ("Japan", "targets", "China", False, False),
        },
        {("Japan", "targets", "China", False, True)},
    ),
    (  # a text vetoed as "it" is its drafter's, when the text names one ("a U.S.-drafted
        # resolution", "a resolution drafted by Brazil"); a text with none stands for no one
        "The U.N. Security Council failed to adopt a U.S.-drafted resolution calling for a "
        "ceasefire in Gaza, after Russia and China vetoed it. The council failed to adopt a "
        "resolution drafted by Brazil after the US vetoed it. The Security Council failed to "
        "adopt a resolution on Gaza after the US vetoed it.",
        {
            ("Russia", "rejects", "United States", False, True),
            ("China", "rejects", "United States", False, True),
            ("United States", "rejects", "Brazil", False, True),
        },
        {("United States", "rejects", "Palestine", False, True)},
    ),
    (  # "critics of X", "opponents of X" are a group of their own, as "X's critics" are;
        # "of" naming no actor ("the war in Ukraine") reaches no one inside it
        "China arrested critics of the Kremlin. Russia jailed opponents of the war in Ukraine.",
        {("China", "coerces", "critics of Russia", False, True)},
        {
            ("China", "coerces", "Russia", False, True),
            ("Russia", "coerces", "Ukraine", False, True),
        },
    ),
    (  # a member of a body whose members are states is one of them, unnamed: not the body
        # ("a member of Hamas" stays Hamas's)
        "A member of the Security Council criticized Israel. Israel killed a member of Hamas.",
        {("Israel", "attacks", "Hamas", False, True)},
        {("UN Security Council", "criticizes", "Israel", False, True)},
    ),
    (  # a phrase opening the sentence before a comma describes the subject after it (the
        # parser makes it a second subject): no act of whom it names
        "A key partner of Washington, Japan condemned North Korea. A former KGB officer, Putin"
        " has accused the West of aggression.",
        {
            ("Japan", "condemns", "North Korea", False, True),
            ("Japan", "partnersWith", "United States", False, True),
            ("Russia", "accuses", "the West", False, True),
        },
        {
            ("United States", "condemns", "North Korea", False, True),
            ("KGB", "accuses", "the West", False, True),
        },
    ),
    (  # a stance named by a noun after a copula takes the copula's "not" and "never": not
        # an ally is no alliance
        "India is not an ally of Russia. Turkey has never been a critic of Israel.",
        {
            ("India", "alliesWith", "Russia", True, False),
            ("Turkey", "criticizes", "Israel", True, False),
        },
        {
            ("India", "alliesWith", "Russia", False, True),
            ("Turkey", "criticizes", "Israel", False, True),
        },
    ),
    (  # a name set beside a stance noun is who acts, not the alliance it is an ally in
        "A NATO ally, Turkey, blocked Sweden's bid.",
        {("Turkey", "rejects", "Sweden", False, True)},
        {("NATO", "rejects", "Sweden", False, True)},
    ),
    (  # membership named by "member": becoming one is joining; a member named beside it acts
        "Sweden became NATO's 32nd member. A NATO member, Turkey, condemned Sweden.",
        {
            ("Sweden", "alignsWith", "NATO", False, True),
            ("Turkey", "condemns", "Sweden", False, True),
        },
        {("NATO", "condemns", "Sweden", False, True)},
    ),
    (  # a judging noun reaches an act through its doer, never its victims; harm done (the
        # deaths) reaches only whoever is named as causing it
        "The US expressed concern over the killing of Palestinian civilians by Israeli "
        "forces. India expressed regret over the deaths of Pakistani civilians.",
        {("United States", "criticizes", "Israel", False, True)},
        {
            ("United States", "criticizes", "Palestinian civilians", False, True),
            ("India", "criticizes", "Pakistani civilians", False, True),
        },
    ),
    (  # what is alleged or claimed by no actor (a report, experts, "it is alleged") is an
        # allegation, not the writer's fact
        "The report alleged that Rwanda backs the M23 rebels. It is alleged that Iran funded "
        "Hamas.",
        {
            ("Rwanda", "supports", "M23", False, False),
            ("Iran", "providesAidTo", "Hamas", False, False),
        },
        {
            ("Rwanda", "supports", "M23", False, True),
            ("Iran", "providesAidTo", "Hamas", False, True),
        },
    ),
    (  # what analysts or experts say, with no actor named, is their view, not a fact
        "Analysts said China supports Russia. Experts say Iran supplies drones to Russia.",
        {
            ("China", "supports", "Russia", False, False),
            ("Iran", "providesWeaponsTo", "Russia", False, False),
        },
        {
            ("China", "supports", "Russia", False, True),
            ("Iran", "providesWeaponsTo", "Russia", False, True),
        },
    ),
    (  # a capital naming where a think tank is, is no actor: the tank is not its state's
        "A Washington think tank accused China of espionage.",
        set(),
        {("United States", "accuses", "China", False, True)},
    ),
    (  # the subject "it" of a verb of saying is no thing that cannot speak, nor the owner of
        # what the relative clause tells of: the claim is China's, not the writer's fact
        "China expelled the Philippine vessel, which it said had entered Chinese waters.",
        {
            ("China", "accuses", "Philippines", False, True),
            ("Philippines", "mobilizesAgainst", "China", False, False),
        },
        {("Philippines", "mobilizesAgainst", "China", False, True)},
    ),
    (  # "accused X of V-ing" with the "of" hung on the accused: still the accuser's claim
        "The Philippines accused China's coast guard of firing water cannon at a Philippine "
        "vessel.",
        {
            ("Philippines", "accuses", "China", False, True),
            ("China", "attacks", "Philippines", False, False),
        },
        {("China", "attacks", "Philippines", False, True)},
    ),
    (  # a hostile act vowed in the passive, with no agent, is the vower's threat
        "Iran's supreme leader vowed that Israel would be punished for the strike.",
        {("Iran", "threatens", "Israel", False, True)},
        set(),
    ),
    (  # strengthening cooperation is cooperation ("strengthen" alone builds up forces)
        "Russia strengthened military cooperation with Iran.",
        {("Russia", "cooperatesWith", "Iran", False, True)},
        set(),
    ),
    (  # ties between two sides getting better: each aligns with the other (as ties going
        # bad are a dispute); not if they did not
        "Ties between Russia and North Korea have deepened. Relations between Iran and Saudi "
        "Arabia have not improved.",
        {
            ("Russia", "alignsWith", "North Korea", False, True),
            ("Iran", "alignsWith", "Saudi Arabia", True, False),
        },
        {("Iran", "alignsWith", "Saudi Arabia", False, True)},
    ),
    (  # an act sides are divided, split or argue over is the matter in dispute, not done
        "France and Germany are divided over sending troops to Ukraine.",
        set(),
        {
            ("France", "mobilizesAgainst", None, False, True),
            ("Germany", "mobilizesAgainst", None, False, True),
        },
    ),
    (  # forces moved in the passive are their owner's, who moves them: asking for it asks
        # the owner, and the place they go to is neither the one asked nor the target
        "Poland called for NATO troops to be deployed in Ukraine. The UN called for Russian "
        "troops to be withdrawn from Ukraine.",
        {
            ("Poland", "demands", "NATO", False, True),
            ("United Nations", "demands", "Russia", False, True),
        },
        {
            ("Poland", "opposes", "NATO", False, True),
            ("Poland", "demands", "Ukraine", False, True),
            ("United Nations", "demands", "Ukraine", False, True),
        },
    ),
    (  # what is prevented is kept from its doer: neither its target nor where it would be
        # is acted on (nor threatened by whoever orders it prevented)
        "The ICJ ordered Israel to prevent genocide in Gaza.",
        {("International Court of Justice", "coerces", "Israel", False, True)},
        {("International Court of Justice", "threatens", "Palestine", False, True)},
    ),
    (  # who helps free hostages does not free them: their holder does, if named
        "Qatar helped free American hostages held by Iran. Oman helped free American hostages.",
        {("Iran", "concedesTo", "United States", False, True)},
        {
            ("Qatar", "concedesTo", "United States", False, True),
            ("Oman", "concedesTo", "United States", False, True),
        },
    ),
    (  # a verb that undoes what it governs ("refused", "blocked") leaves its subject's
        # apposition as it is: a key ally refusing is still an ally
        "Pakistan, a key U.S. ally, has refused to deploy peacekeepers in Iraq. Hungary, a "
        "NATO member, blocked the sanctions on Russia.",
        {
            ("Pakistan", "alliesWith", "United States", False, True),
            ("Hungary", "alignsWith", "NATO", False, True),
        },
        set(),
    ),
    (  # a past verb the parser made a modifier of the act noun after a named subject's
        # apposition is the verb: Orban blocks the EU's aid (no one gives it)
        "Orban, an ally of Putin, blocked EU aid to Ukraine.",
        {
            ("Hungary", "rejects", "European Union", False, True),
            ("Hungary", "alliesWith", "Vladimir Putin", False, True),
        },
        {("European Union", "providesAidTo", "Ukraine", False, True)},
    ),
    (  # agreeing (on) a hostile act is no agreement with its target
        "The European Union on Monday agreed a 13th package of sanctions against Russia. The "
        "EU agreed on new sanctions against Russia.",
        {("European Union", "sanctions", "Russia", False, True)},
        {("European Union", "agreesWith", "Russia", False, True)},
    ),
    (  # the clause said inside a relative clause has the noun it hangs on as its subject
        "The EU sanctioned three Chinese firms it said had supplied drones to Russia.",
        {
            ("European Union", "sanctions", "Chinese firms", False, True),
            ("Chinese firms", "providesWeaponsTo", "Russia", False, False),
        },
        set(),
    ),
    (  # "West" beginning a region's adjective ("West African") is no "the West"
        "ECOWAS, the West African regional bloc, threatened Niger.",
        {("Economic Community of West African States", "threatens", "Niger", False, True)},
        {("the West", "threatens", "Niger", False, True)},
    ),
    (  # an ultimatum whose span is parsed as the object's apposition is still one: the one
        # given it is asked to leave, not the giver leaving it
        "Niger's military junta on Friday gave France's ambassador 48 hours to leave the country.",
        {("Niger", "threatens", "France", False, True)},
        {("Niger", "withdrawsFrom", "France", False, True)},
    ),
    (  # a pronoun subject of an adverbial clause goes on the pronoun subject of the clause
        # it hangs on, not on a name inside its object
        "Turkey told Sweden that it must crack down on PKK supporters before it could join NATO.",
        {("Sweden", "alignsWith", "NATO", False, False)},
        {("PKK", "alignsWith", "NATO", False, False)},
    ),
    (  # a one-word name after "in" that the model took for a person is a place, no actor
        "A Russian missile hit a shopping mall in Kremenchuk.",
        set(),
        {("Russia", "attacks", "Kremenchuk", False, True)},
    ),
    (  # halting or restricting sales to X sanctions X, as halting exports to X does
        "Germany halted arms sales to Saudi Arabia. The US banned chip sales to China.",
        {
            ("Germany", "sanctions", "Saudi Arabia", False, True),
            ("United States", "sanctions", "China", False, True),
        },
        set(),
    ),
    (  # a named hall, mall, theatre or hotel is a venue, no actor
        "The attack on the Crocus City Hall was carried out by Islamic State gunmen, not Ukraine.",
        set(),
        {("Islamic State", "attacks", "Crocus City Hall", False, True)},
    ),
    (  # the body a bid is made to owns no bid ("NATO" parsed as a third owner)
        "Turkey threatened to block Swedish and Finnish NATO bids.",
        {
            ("Turkey", "threatens", "Sweden", False, True),
            ("Turkey", "threatens", "Finland", False, True),
        },
        {("Turkey", "threatens", "NATO", False, True)},
    ),
    (  # "opposition" with "to" is a stance, not an opposition party: Hungary's own
        "Hungary's opposition to Ukraine's EU membership angered Brussels.",
        {
            ("Hungary", "opposes", "Ukraine", False, True),
            ("European Union", "criticizes", "Hungary", False, True),
        },
        {("European Union", "criticizes", "Hungary opposition", False, True)},
    ),
    (  # an object "them" of a judgement after a sentence about an act is the act (its
        # doer judged), unless coordinated subjects acted ("Russia and Iran signed ...")
        "Israel struck Hezbollah positions. Iran condemned them. Russia and Iran signed a "
        "defence pact. Washington criticized them.",
        {
            ("Iran", "condemns", "Israel", False, True),
            ("United States", "criticizes", "Russia", False, True),
            ("United States", "criticizes", "Iran", False, True),
        },
        {("Iran", "condemns", "Hezbollah", False, True)},
    ),
    (  # "them" after a nearer plural thing in its sentence is that thing, not an actor
        "The Kremlin said it was open to talks but accused Kyiv of sabotaging them.",
        {("Russia", "accuses", "Ukraine", False, True)},
        {("Ukraine", "attacks", "Russia", False, False)},
    ),
    (  # a headline: a plural noun after a name, before an object, is the verb
        "Niger junta orders French ambassador to leave.",
        {("Niger", "coerces", "France", False, True)},
        set(),
    ),
    (
        "EU sanctions Russian oil imports",
        {("European Union", "sanctions", "Russia", False, True)},
        set(),
    ),
    (  # not a headline's verb: "arms" modifies "sales", "sanctions" takes "on"
        "US arms sales to Taiwan. US sanctions on Iranian banks.",
        {
            ("United States", "providesWeaponsTo", "Taiwan", False, True),
            ("United States", "sanctions", "Iran", False, True),
        },
        set(),
    ),
    (  # a proposal's act is proposed, not done: the owner's threat
        "The EU's proposal to sanction Israel angered Washington.",
        {("European Union", "threatens", "Israel", False, True)},
        {("European Union", "sanctions", "Israel", False, True)},
    ),
    (  # who opposes an owned proposal refuses no act of its own: it opposes the owner
        "Germany opposes the EU's proposal to sanction Israel.",
        {("Germany", "opposes", "European Union", False, True)},
        {("Germany", "sanctions", "Israel", True, False)},
    ),
    (
        "Germany rejected the EU's plan to sanction Israel.",
        {
            ("Germany", "rejects", "European Union", False, True),
            ("European Union", "sanctions", "Israel", True, False),
        },
        {("Germany", "sanctions", "Israel", True, False)},
    ),
    (  # a proposal with no owner: the opponent would have acted
        "Germany opposes a proposal to sanction Israel.",
        {("Germany", "sanctions", "Israel", True, False)},
        set(),
    ),
    (  # "Brussels-based": where a body sits, not the EU; "the alliance" is NATO
        "NATO held a summit. The Brussels-based alliance condemned Russia.",
        {("NATO", "condemns", "Russia", False, True)},
        {("European Union", "condemns", "Russia", False, True)},
    ),
    (
        "The Brussels-based alliance condemned Russia.",
        set(),
        {("European Union", "condemns", "Russia", False, True)},
    ),
    (  # "would regret V-ing": a consequence if it did, not a threat by the one who would
        "Israel would regret attacking Iran, Tehran warned.",
        {
            ("Iran", "warns", "Israel", False, True),
            ("Israel", "attacks", "Iran", False, False),
        },
        {("Israel", "threatens", "Iran", False, False)},
    ),
    (
        "Israel regretted attacking Lebanon.",
        {("Israel", "attacks", "Lebanon", False, True)},
        set(),
    ),
    (  # "at" names where two sides clash, meet or quarrel, not a party; no co-agents
        "China and the US clashed at the UN.",
        {("China", "fightsAgainst", "United States", False, True)},
        {
            ("China", "fightsAgainst", "United Nations", False, True),
            ("China", "cooperatesWith", "United States", False, True),
        },
    ),
    (
        "China and Japan quarreled at the UN.",
        {("China", "disputes", "Japan", False, True)},
        {("China", "disputes", "United Nations", False, True)},
    ),
    (  # "clashed ... over" a topic: a dispute, not fighting
        "Orban, who has repeatedly clashed with Brussels over its support for Kyiv, called "
        "the decision senseless.",
        {("Hungary", "disputes", "European Union", False, True)},
        {("Hungary", "fightsAgainst", "European Union", False, True)},
    ),
    (
        "China and the US clashed over Taiwan at the UN.",
        {
            ("China", "disputes", "United States", False, True),
            ("United States", "disputes", "China", False, True),
        },
        {("China", "cooperatesWith", "United States", False, True)},
    ),
    (  # "over the weekend" is a date, not a topic: troops still fight
        "Israeli troops clashed with Palestinians over the weekend.",
        {("Israel", "fightsAgainst", "Palestine", False, True)},
        set(),
    ),
    (  # a condition told by an auxiliary before its subject is no fact
        "Had Iran attacked Israel, the US would have intervened.",
        {("Iran", "attacks", "Israel", False, False)},
        {("Iran", "attacks", "Israel", False, True)},
    ),
    (
        "Were Russia to attack Poland, NATO would respond.",
        {("Russia", "attacks", "Poland", False, False)},
        {("Russia", "attacks", "Poland", False, True)},
    ),
    (
        "Should China invade Taiwan, the US would defend it.",
        {("China", "invades", "Taiwan", False, False)},
        {("China", "invades", "Taiwan", False, True)},
    ),
    (  # a pronoun subject of an "if" clause: the main subject, past names that modify
        "China risks EU sanctions if it arms Russia.",
        {("China", "providesWeaponsTo", "Russia", False, False)},
        {("European Union", "providesWeaponsTo", "Russia", False, False)},
    ),
    (  # but not past a name that is the main clause's object
        "The US will strike Iran if it attacks Israel.",
        {("Iran", "attacks", "Israel", False, False)},
        {("United States", "attacks", "Israel", False, False)},
    ),
    (  # a penalty faced on a condition is a threat, not done
        "Iran faces US strikes if it attacks Israel.",
        {
            ("United States", "threatens", "Iran", False, True),
            ("Iran", "attacks", "Israel", False, False),
        },
        {("United States", "attacks", "Iran", False, True)},
    ),
    (
        "Russia faces new EU sanctions.",
        {("European Union", "sanctions", "Russia", False, True)},
        set(),
    ),
    (  # who repels an attack is its target
        "Chad's army repelled an attack by Boko Haram.",
        {("Boko Haram", "attacks", "Chad", False, True)},
        set(),
    ),
    (
        "Ukraine repelled Russian attacks near Bakhmut.",
        {("Russia", "attacks", "Ukraine", False, True)},
        set(),
    ),
    (  # ties told as bad or good: a dispute or an alignment, the copula's "not" theirs
        "Relations between Algeria and Morocco have been tense for decades.",
        {
            ("Algeria", "disputes", "Morocco", False, True),
            ("Morocco", "disputes", "Algeria", False, True),
        },
        set(),
    ),
    (
        "Ties between Hanoi and Moscow are warm.",
        {("Vietnam", "alignsWith", "Russia", False, True)},
        set(),
    ),
    (
        "Relations between India and China are not hostile.",
        {("India", "disputes", "China", True, False)},
        {("India", "disputes", "China", False, True)},
    ),
    (  # a party's claim of its own act is its claim, as "claimed to have V-ed" is
        "Ukraine claimed it had destroyed a Russian warship.",
        {("Ukraine", "attacks", "Russia", False, False)},
        {("Ukraine", "attacks", "Russia", False, True)},
    ),
    (
        "Ukraine said its forces had destroyed a Russian warship.",
        {("Ukraine", "attacks", "Russia", False, True)},
        set(),
    ),
    (  # co-agents act for their sides: the second is its state too, not a person
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
        "agreed to boost security cooperation.",
        {("South Korea", "agreesWith", "Japan", False, True)},
        {("South Korea", "agreesWith", "Fumio Kishida", False, True)},
    ),
    (  # people expelled from a state: by that state
        "Russian diplomats were expelled from Germany.",
        {("Germany", "cutsTiesWith", "Russia", False, True)},
        set(),
    ),
    (
        "Russia was expelled from Syria.",
        set(),
        {
            ("Syria", "cutsTiesWith", "Russia", False, True),
            ("Syria", "sanctions", "Russia", False, True),
        },
    ),
    (  # "along with X", "together with X" set off by commas: a partner fighting alongside
        "The US, along with Britain, struck Houthi targets in Yemen.",
        {
            ("United States", "attacks", "Houthis", False, True),
            ("United States", "cooperatesWith", "United Kingdom", False, True),
            ("United Kingdom", "opposes", "Houthis", False, True),
        },
        set(),
    ),
    (
        "The US, together with Britain, struck Houthi targets in Yemen.",
        {("United States", "cooperatesWith", "United Kingdom", False, True)},
        set(),
    ),
    (  # who echoes another's judgement voices it too
        "Japan echoed US criticism of China.",
        {
            ("United States", "criticizes", "China", False, True),
            ("Japan", "criticizes", "China", False, True),
        },
        set(),
    ),
    (  # but does not do another's material act
        "Japan echoed the US sanctions on Russia.",
        {("United States", "sanctions", "Russia", False, True)},
        {("Japan", "sanctions", "Russia", False, True)},
    ),
    (  # a verb with its own object phrase (no actor) takes no object of the verb after it
        "The United States said it stood with its ally and urged China to stop.",
        {("United States", "callsOn", "China", False, True)},
        {("United States", "supports", "China", False, True)},
    ),
    (  # an act named again by its own noun is the one judged, even three sentences back
        "Israeli airstrikes hit southern Lebanon. Hezbollah said it fired rockets at Israeli "
        "positions. The Israeli military said it intercepted most of them. Lebanon's prime "
        "minister condemned the strikes.",
        {("Lebanon", "condemns", "Israel", False, True)},
        {("Lebanon", "condemns", "Hezbollah", False, True)},
    ),
    (  # a verb is no such repeat: the last act is judged, as before
        "Russia attacked Kyiv. Ukraine shelled Belgorod. Germany condemned the attack.",
        {("Germany", "condemns", "Ukraine", False, True)},
        set(),
    ),
    (  # the same headline with no full stop: "leave" was the root, "orders" its subject
        "Niger junta orders French ambassador to leave",
        {("Niger", "coerces", "France", False, True)},
        set(),
    ),
    (  # a present-tense verb whose name before it was hung on it as a modifier
        "China arms Russia.",
        {("China", "providesWeaponsTo", "Russia", False, True)},
        set(),
    ),
    (
        "The US sanctions three Chinese firms.",
        {("United States", "sanctions", "Chinese firms", False, True)},
        set(),
    ),
    # a present-tense verb with a subject of its own, hung as a modifier on the noun after it
    (
        "The EU sanctions Russian banks.",
        {("European Union", "sanctions", "Russia", False, True)},
        set(),
    ),
    (
        "US and Chinese officials hold talks as Beijing deepens ties with Moscow.",
        {
            ("China", "negotiatesWith", "United States", False, True),
            ("China", "alignsWith", "Russia", False, True),
        },
        {
            ("United States", "negotiatesWith", "Russia", False, True),
            ("China", "negotiatesWith", "Russia", False, True),
        },
    ),
    (  # a headline's plural-noun verb before a comma and a speech verb: the claim reported
        "China arms Russia, the US says.",
        {("China", "providesWeaponsTo", "Russia", False, False)},
        {("China", "providesWeaponsTo", "Russia", False, True)},
    ),
    (  # a relational noun after "one of" or "among" is said of the copula's subject
        "Poland has become one of Ukraine's staunchest allies.",
        {("Poland", "alliesWith", "Ukraine", False, True)},
        set(),
    ),
    (
        "Poland is among Ukraine's staunchest allies.",
        {("Poland", "alliesWith", "Ukraine", False, True)},
        set(),
    ),
    (  # the copula's "not" and "once" still hold
        "Hungary is not one of Ukraine's allies. Turkey was once one of Israel's partners.",
        {("Hungary", "alliesWith", "Ukraine", True, False)},
        {("Turkey", "partnersWith", "Israel", False, True)},
    ),
    (  # going on with an attack is attacking: "continue", "expand", "step up" its offensive
        "Israel continued its offensive in Gaza. Russia stepped up its attacks on Kyiv.",
        {
            ("Israel", "attacks", "Palestine", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        set(),
    ),
    (
        "Russia intensified its bombardment of Kharkiv.",
        {("Russia", "attacks", "Ukraine", False, False)},
        set(),
    ),
    (  # "pressed on / ahead with": going on with one's own act, no demand on anyone
        "The US pressed ahead with sanctions on Iran. Israel pressed on with its offensive.",
        {("United States", "sanctions", "Iran", False, True)},
        {("United States", "demands", "Iran", False, True)},
    ),
    (
        "Israel pressed on with its offensive in Gaza.",
        set(),
        {("Israel", "demands", "Palestine", False, True)},
    ),
    (  # pressing someone is still a demand
        "The US pressed Israel on humanitarian aid. Washington pushed Kyiv to negotiate.",
        {
            ("United States", "demands", "Israel", False, True),
            ("United States", "demands", "Ukraine", False, True),
        },
        set(),
    ),
    (  # a hostile act asked for, by no one named, is asked of no one its target
        "Iran urged attacks on US forces. Hezbollah encouraged strikes against Israel.",
        {
            ("Iran", "opposes", "United States", False, True),
            ("Hezbollah", "opposes", "Israel", False, True),
        },
        {
            ("Iran", "callsOn", "United States", False, True),
            ("Hezbollah", "callsOn", "Israel", False, True),
        },
    ),
    (  # the act's doer is still the one asked
        "The US urged Israel's attack on Iran. The US demanded the withdrawal of Russian troops.",
        {
            ("United States", "callsOn", "Israel", False, True),
            ("United States", "demands", "Russia", False, True),
        },
        {("United States", "callsOn", "Iran", False, True)},
    ),
    (  # nor of the place where it happens
        "Lula said the United States was encouraging the war in Ukraine.",
        set(),
        {("United States", "callsOn", "Ukraine", False, False)},
    ),
    (  # an infinitive after a refusal verb, parsed as a purpose clause: still refused
        "Pakistan hesitated to back Saudi Arabia.",
        {
            ("Pakistan", "supports", "Saudi Arabia", True, False),
            ("Pakistan", "rejects", "Saudi Arabia", False, True),
        },
        {("Pakistan", "supports", "Saudi Arabia", False, True)},
    ),
    (  # a relative clause on a predicate noun or an apposition tells of their subject
        "Hungary is the only EU member that has not condemned Russia.",
        {("Hungary", "condemns", "Russia", True, False)},
        {("European Union", "condemns", "Russia", True, False)},
    ),
    (
        "Hungary, the only NATO member that has not ratified Sweden's bid, blocked it.",
        {("Hungary", "agreesWith", "Sweden", True, False)},
        {("NATO", "agreesWith", "Sweden", True, False)},
    ),
    (  # the owner of what a participle is done to is no doer of it
        "The killing of Haniyeh, blamed on Israel, prompted fears of a wider war.",
        set(),
        {("Hamas", "blames", "Israel", False, True)},
    ),
    (  # a state role noun must fit: "the kingdom" is a kingdom, not the last state named
        "Saudi Arabia hosted Zelensky. The kingdom mediated between Kyiv and Moscow.",
        {
            ("Saudi Arabia", "negotiatesWith", "Ukraine", False, True),
            ("Saudi Arabia", "negotiatesWith", "Russia", False, True),
        },
        {("Ukraine", "negotiatesWith", "Russia", False, True)},
    ),
    (  # "the Jewish state" is Israel, never Iran named last
        "Israel struck Iran. The Jewish state also hit Syria.",
        {("Israel", "attacks", "Syria", False, True)},
        {("Iran", "attacks", "Syria", False, True)},
    ),
    (  # "the island": Taiwan
        "Taiwan reported Chinese warplanes near its coast. The island has accused Beijing of "
        "intimidation.",
        {("Taiwan", "accuses", "China", False, True)},
        set(),
    ),
    (  # a measure's "to" names its target when "on" names a good: export controls
        "The US tightened export controls on advanced chips to China.",
        {("United States", "sanctions", "China", False, True)},
        set(),
    ),
    (
        "The EU extended sanctions to Belarus.",
        {("European Union", "sanctions", "Belarus", False, True)},
        set(),
    ),
    (  # "..., angering X" after a speaker's clause: the writer's account, as "drawing
        # criticism from X" is
        "France announced it would sell air defence systems to Armenia, angering Baku.",
        {("Azerbaijan", "criticizes", "France", False, True)},
        {("Azerbaijan", "criticizes", "France", False, False)},
    ),
    (  # "..., a charge X (has) denied", misparsed with the denial as root or as a verb joined
        # to the accusation: the accusation is the writer's account, the denial X's
        "Sudan's army accused the UAE of arming the RSF, a charge Abu Dhabi has denied.",
        {
            ("Sudan", "accuses", "United Arab Emirates", False, True),
            ("United Arab Emirates", "disputes", "Sudan", False, True),
        },
        {("Sudan", "accuses", "United Arab Emirates", False, False)},
    ),
    (
        "Sudan's army accused the UAE of arming the RSF, a charge Abu Dhabi denied.",
        {("United Arab Emirates", "disputes", "Sudan", False, True)},
        set(),
    ),
    (  # permission: the one let is the clause's subject, and the act let is not yet done
        "The US authorized Ukraine to strike targets inside Russia.",
        {
            ("United States", "agreesWith", "Ukraine", False, True),
            ("Ukraine", "attacks", "Russia", False, False),
        },
        {
            ("United States", "attacks", "Russia", False, True),
            ("Ukraine", "attacks", "Russia", False, True),
        },
    ),
    (
        "Lukashenko's regime allowed Russia to deploy nuclear weapons in Belarus.",
        {("Belarus", "agreesWith", "Russia", False, True)},
        set(),
    ),
    (
        "The US allowed Ukraine to strike targets inside Russia.",
        {
            ("United States", "agreesWith", "Ukraine", False, True),
            ("Ukraine", "attacks", "Russia", False, False),
        },
        {("Ukraine", "attacks", "Russia", False, True)},
    ),
    (  # an agent noun ("its ally") is one who acts, judged itself, not an act judged
        "Russia defended its ally Belarus. Russia has vowed to defend its ally, Belarus.",
        {
            ("Russia", "supports", "Belarus", False, True),
            ("Russia", "agreesWith", "Belarus", False, True),
        },
        {("Russia", "agreesWith", None, False, True)},
    ),
    (  # a person's opponents are theirs, not their state's enemies
        "Beijing congratulated Lai Ching-te's opponents. The Kremlin jailed Putin's critics.",
        {
            ("China", "praises", "opponents of Lai Ching-te", False, True),
            ("Russia", "coerces", "critics of Vladimir Putin", False, True),
        },
        {
            ("China", "praises", "opponents of Taiwan", False, True),
            ("Russia", "coerces", "critics of Russia", False, True),
        },
    ),
    (  # a person (or a party) attacking a person, or anyone over an issue: in words
        "Netanyahu attacked Biden. Orban attacked Brussels over migration. The AfD attacked "
        "Scholz.",
        {
            ("Israel", "criticizes", "Joe Biden", False, True),
            ("Hungary", "criticizes", "European Union", False, True),
            ("AfD", "criticizes", "Olaf Scholz", False, True),
        },
        {
            ("Israel", "attacks", "Joe Biden", False, True),
            ("Hungary", "attacks", "European Union", False, True),
            ("AfD", "attacks", "Olaf Scholz", False, True),
        },
    ),
    (  # still force: a state's attack, a person's attack on a state over a name
        "Putin attacked Ukraine over NATO. Israel attacked Hamas leader Yahya Sinwar.",
        {
            ("Russia", "attacks", "Ukraine", False, True),
            ("Israel", "attacks", "Yahya Sinwar", False, True),
        },
        set(),
    ),
    (
        # the act a retaliation (or a hit) is made with is the act: a sanction, no assault
        "The US hit China with tariffs.",
        {("United States", "sanctions", "China", False, True)},
        {("United States", "attacks", "China", False, True)},
    ),
    (
        "China retaliated against the US with tariffs on soybeans.",
        {("China", "sanctions", "United States", False, True)},
        {("China", "attacks", "United States", False, True)},
    ),
    (
        "China responded to US tariffs with curbs on rare earth exports.",
        {("China", "sanctions", "United States", False, True)},
        set(),
    ),
    (
        "China hit back at US tariffs with curbs on rare earth exports.",
        {("China", "sanctions", "United States", False, True)},
        {("China", "criticizes", "United States", False, True)},
    ),
    (
        # a retaliation naming no act of its own answers sanctions in kind
        "Russia retaliated against the EU sanctions.",
        {("Russia", "sanctions", "European Union", False, True)},
        {("Russia", "attacks", "European Union", False, True)},
    ),
    (
        "Iran retaliated against Israel with a missile barrage.",
        {("Iran", "attacks", "Israel", False, True)},
        set(),
    ),
    (
        "Russia responded to the EU sanctions.",
        set(),
        {("Russia", "sanctions", "European Union", False, True)},
    ),
    (
        # making stronger is a build-up only of forces, arms or a place held
        "Mali strengthened its economy. Germany strengthened its position in Europe.",
        set(),
        {("Mali", "mobilizesAgainst", None, False, True)},
    ),
    (
        "Mali, Burkina Faso and Niger pledged to strengthen their own confederation.",
        set(),
        {("Niger", "mobilizesAgainst", None, False, True)},
    ),
    (
        "Poland strengthened its eastern border. Japan reinforced its air defences.",
        {
            ("Poland", "mobilizesAgainst", None, False, True),
            ("Japan", "mobilizesAgainst", None, False, True),
        },
        set(),
    ),
    (
        # "the three governments": the last three states named, each of them
        "Mali, Burkina Faso and Niger quit ECOWAS. The three military-led governments accused"
        " ECOWAS of being a tool of France.",
        {
            ("Mali", "accuses", "Economic Community of West African States", False, True),
            ("Burkina Faso", "accuses", "Economic Community of West African States", False, True),
            ("Niger", "accuses", "Economic Community of West African States", False, True),
        },
        set(),
    ),
    (
        "China, Russia, Iran and North Korea held talks. The four countries condemned the US.",
        {
            ("China", "condemns", "United States", False, True),
            ("North Korea", "condemns", "United States", False, True),
        },
        set(),
    ),
    (
        # a group reference needs as many states as it counts
        "Japan and South Korea held talks. The three countries condemned the US.",
        set(),
        {
            ("Japan", "condemns", "United States", False, True),
            ("South Korea", "condemns", "United States", False, True),
        },
    ),
    (
        # "its" in a gerund after "after"/"before"/"by" is the subject's, who does the gerund
        "Mali left ECOWAS after announcing its withdrawal.",
        {("Mali", "withdrawsFrom", None, False, True)},
        {("Economic Community of West African States", "withdrawsFrom", None, False, True)},
    ),
    (
        # a pact noun naming a proposal is proposed, no pact between the proposal's authors
        "Egypt and Qatar put forward a ceasefire proposal.",
        set(),
        {("Egypt", "agreesWith", "Qatar", False, True)},
    ),
    (
        "Hamas accepted an Egyptian-Qatari ceasefire proposal. Israel and Hamas later reached a"
        " ceasefire deal.",
        {
            ("Hamas", "agreesWith", "Egypt", False, True),
            ("Israel", "agreesWith", "Hamas", False, True),
        },
        {("Egypt", "agreesWith", "Qatar", False, True)},
    ),
    (
        # a state's act of force in another state's land, named as a noun, hits that state
        "Israel's offensive in Gaza has killed thousands. Russia's offensive in Donetsk stalled.",
        {
            ("Israel", "attacks", "Palestine", False, True),
            ("Russia", "attacks", "Ukraine", False, True),
        },
        set(),
    ),
    (
        "Russia's war in Ukraine entered its third year. The war in Ukraine goes on.",
        {("Russia", "fightsAgainst", "Ukraine", False, True)},
        {("Ukraine", "fightsAgainst", "Russia", False, True)},
    ),
    (
        # a noun hung as an apposition on the noun after "and" is its first conjunct
        "The EU sanctions Russian banks and Chinese firms.",
        {
            ("European Union", "sanctions", "Russia", False, True),
            ("European Union", "sanctions", "Chinese firms", False, True),
        },
        set(),
    ),
    (
        # a party (named so by its noun) attacking a person attacks in words
        "Netanyahu's Likud party attacked Biden.",
        {("Likud", "criticizes", "Joe Biden", False, True)},
        {("Likud", "attacks", "Joe Biden", False, True)},
    ),
    (
        "The Likud party attacked Biden. Hamas attacked Netanyahu.",
        {
            ("Likud", "criticizes", "Joe Biden", False, True),
            ("Hamas", "attacks", "Benjamin Netanyahu", False, True),
        },
        set(),
    ),
    (
        # what is called off is not done: an offensive called off is no opposition to its
        # target, a visit or talks called off no concession to their host
        "Russia called off its offensive on Kyiv.",
        set(),
        {("Russia", "opposes", "Ukraine", False, True)},
    ),
    (
        "Japan called off a planned visit to China. Israel called off talks with Hamas. The US"
        " called off the strike on Iran.",
        {("United States", "concedesTo", "Iran", False, True)},
        {
            ("Japan", "concedesTo", "China", False, True),
            ("Israel", "concedesTo", "Hamas", False, True),
            ("Japan", "visits", "China", False, True),
        },
    ),
    (
        # a pact noun naming what a violation breaches is no pact made
        "Armenia and Azerbaijan traded accusations of ceasefire violations.",
        {
            ("Armenia", "accuses", "Azerbaijan", False, True),
            ("Azerbaijan", "accuses", "Armenia", False, True),
        },
        {("Armenia", "agreesWith", "Azerbaijan", False, True)},
    ),
    (
        # a document with a named owner is the owner's voice: its account of others is a
        # claim, and the owner accuses
        "A Kremlin statement said Ukraine had attacked a Russian village.",
        {
            ("Russia", "accuses", "Ukraine", False, True),
            ("Ukraine", "attacks", "Russia", False, False),
        },
        {("Ukraine", "attacks", "Russia", False, True)},
    ),
    (
        "A UN report found that Russia had committed war crimes in Ukraine. According to a"
        " news release, Poland expelled a Russian diplomat.",
        {
            ("United Nations", "accuses", "Russia", False, True),
            ("Russia", "attacks", "Ukraine", False, False),
            ("Poland", "cutsTiesWith", "Russia", False, True),
        },
        {("Russia", "attacks", "Ukraine", False, True)},
    ),
    (
        # a second reported clause after a comma, with a named subject answering in words,
        # is the writer's (a headline's two sources), not what the first speaker says
        "Russia says Ukraine shelled the Zaporizhzhia plant, Ukraine blames Russia.",
        {
            ("Russia", "accuses", "Ukraine", False, True),
            ("Ukraine", "blames", "Russia", False, True),
        },
        {("Ukraine", "blames", "Russia", False, False)},
    ),
    (
        # a person's or a state's party is a party of its own, not the state's voice
        "Erdogan's party criticized the EU. Germany's ruling party criticized Russia.",
        {
            ("Erdogan's party", "criticizes", "European Union", False, True),
            ("Germany's ruling party", "criticizes", "Russia", False, True),
        },
        {
            ("Turkey", "criticizes", "European Union", False, True),
            ("Germany", "criticizes", "Russia", False, True),
        },
    ),
    (
        # a rival, an enemy or a foe: named so, an opponent; called so, a charge
        "The EU called China a systemic rival. Iran is an enemy of Israel.",
        {
            ("European Union", "accuses", "China", False, True),
            ("Iran", "opposes", "Israel", False, True),
        },
        set(),
    ),
    (
        "Iran, Israel's arch-enemy, fired missiles. Hamas and its rival Fatah signed a deal.",
        {
            ("Iran", "opposes", "Israel", False, True),
            ("Hamas", "alignsWith", "Fatah", False, True),
        },
        set(),
    ),
    (
        # ties "to" an actor are ties with it
        "Hungary has close ties to Moscow.",
        {("Hungary", "alignsWith", "Russia", False, True)},
        set(),
    ),
    (
        # "the army" after a state's army named before is that army (its state)
        "Sudan's army fought the RSF. Egypt backs the army.",
        {("Egypt", "supports", "Sudan", False, True)},
        set(),
    ),
    (
        # "both warring parties", like "both sides", may be an armed group
        "Sudan's army fought the RSF. The UAE urged both warring parties to agree to a ceasefire.",
        {
            ("United Arab Emirates", "callsOn", "Sudan", False, True),
            ("United Arab Emirates", "callsOn", "Rapid Support Forces", False, True),
        },
        set(),
    ),
    (
        # a charge called false disputes the one who made it
        "Sudan accused the UAE of arming the RSF. The UAE called the accusations baseless.",
        {("United Arab Emirates", "disputes", "Sudan", False, True)},
        set(),
    ),
    (
        "Russia described the US claims as unfounded. It is false that Russia invaded Ukraine.",
        {
            ("Russia", "disputes", "United States", False, True),
            ("Russia", "invades", "Ukraine", True, False),
        },
        set(),
    ),
    (
        # aggression is an attack; "a war of aggression against X": the war's target, once
        "Russian aggression against Ukraine continues. Russia is waging a war of aggression"
        " against Georgia.",
        {
            ("Russia", "attacks", "Ukraine", False, True),
            ("Russia", "fightsAgainst", "Georgia", False, True),
        },
        {("Russia", "attacks", "Georgia", False, True)},
    ),
    (
        "The EU condemned Russia's war of aggression against Ukraine. Israel launched a"
        " campaign of air strikes on Lebanon.",
        {
            ("European Union", "condemns", "Russia", False, True),
            ("Russia", "fightsAgainst", "Ukraine", False, True),
            ("Israel", "attacks", "Lebanon", False, True),
        },
        {("Israel", "fightsAgainst", "Lebanon", False, True)},
    ),
    (
        # hosting a body's office is cooperation with it, no meeting
        "Qatar hosts Hamas's political office.",
        {("Qatar", "cooperatesWith", "Hamas", False, True)},
        {("Qatar", "meetsWith", "Hamas", False, True)},
    ),
    (
        # an act let happen is not done by the one who lets it
        "Hungary allowed the delivery of weapons to Ukraine. The US authorized strikes on Iran.",
        {
            ("Hungary", "agreesWith", "Ukraine", False, True),
            ("United States", "attacks", "Iran", False, True),
        },
        {("Hungary", "providesAidTo", "Ukraine", False, True)},
    ),
    (
        # joint drills judged are their holders' (a treaty denounced is against the deal)
        "Seoul and Washington launched joint military exercises. Pyongyang condemned the drills.",
        {
            ("North Korea", "condemns", "South Korea", False, True),
            ("North Korea", "condemns", "United States", False, True),
        },
        set(),
    ),
    (
        "Israel and Hamas agreed to a ceasefire. Iran condemned the ceasefire.",
        {("Israel", "agreesWith", "Hamas", False, True)},
        {("Iran", "condemns", "Israel", False, True), ("Iran", "condemns", "Hamas", False, True)},
    ),
    (
        # an "according to" source tells as a speaker does: reporting another's hostile act
        # accuses it (a news medium accuses nobody)
        "According to the Israeli military, Hezbollah fired 50 rockets at northern Israel."
        " According to CNN, Israel struck Iran.",
        {
            ("Israel", "accuses", "Hezbollah", False, True),
            ("Hezbollah", "attacks", "Israel", False, False),
            ("Israel", "attacks", "Iran", False, False),
        },
        {("CNN", "accuses", "Israel", False, True)},
    ),
    (
        # revenge vowed after another's act answers its doer
        "Iran vowed revenge after an Israeli strike killed its commanders.",
        {("Iran", "threatens", "Israel", False, True)},
        {("Iran", "threatens", None, False, True)},
    ),
    (
        # "declared X illegal", parsed as a small clause: a label of X (its doer's charge)
        "Russia annexed four Ukrainian regions. The UN declared the annexation illegal.",
        {("United Nations", "accuses", "Russia", False, True)},
        set(),
    ),
    (
        "The UN General Assembly declared Russia's annexation illegal.",
        {("UN General Assembly", "accuses", "Russia", False, True)},
        set(),
    ),
    (
        # "the two allies", "both partners": a pair of the last two states named
        "Britain and France sent warships. The two allies also imposed sanctions on Iran."
        " China and Russia held talks. Both partners criticized the US.",
        {
            ("United Kingdom", "sanctions", "Iran", False, True),
            ("France", "sanctions", "Iran", False, True),
            ("China", "criticizes", "United States", False, True),
            ("Russia", "criticizes", "United States", False, True),
        },
        set(),
    ),
    (
        # a past participle right after a verb describes the verb's object
        "The US returned seized Venezuelan aircraft.",
        set(),
        {("United States", "coerces", "Venezuela", False, True)},
    ),
    (
        # "from" a place someone owns names where an act starts, not who does it
        "Egypt would never allow an attack on Gaza from its territory.",
        set(),
        {("Egypt", "attacks", "Palestine", True, False)},
    ),
    (
        "Israel came under attack from Lebanese territory.",
        set(),
        {("Lebanon", "attacks", "Israel", False, True)},
    ),
    (
        "Hezbollah launched an attack on Israel from Lebanese territory.",
        {("Hezbollah", "attacks", "Israel", False, True)},
        {("Lebanon", "attacks", "Israel", False, True)},
    ),
    (
        # fire near a border, at no one across it, is a show of force
        "Pyongyang fired artillery shells near the border with South Korea.",
        {("North Korea", "mobilizesAgainst", "South Korea", False, True)},
        {("North Korea", "attacks", "South Korea", False, True)},
    ),
    (
        # shells, artillery and mortars are fired at a target like missiles
        "North Korea fired shells at South Korea near the border.",
        {("North Korea", "attacks", "South Korea", False, True)},
        set(),
    ),
    (
        "Hamas fired mortars at Israeli troops.",
        {("Hamas", "attacks", "Israel", False, True)},
        set(),
    ),
    (
        # who denies doing what another charged it with disputes the accuser
        "Sudan accused the UAE of arming the RSF. The UAE has repeatedly denied arming the RSF.",
        {
            ("United Arab Emirates", "disputes", "Sudan", False, True),
            ("United Arab Emirates", "providesWeaponsTo", "Rapid Support Forces", True, False),
        },
        set(),
    ),
    (
        "According to Sudan, the UAE arms the RSF. The UAE denied that it arms the RSF.",
        {("United Arab Emirates", "disputes", "Sudan", False, True)},
        set(),
    ),
    (
        # another's act denied is no self-defence against the charge
        "Sudan accused the UAE of arming the RSF. Egypt denied that the UAE arms the RSF.",
        set(),
        {("Egypt", "disputes", "Sudan", False, True)},
    ),
    (
        # the verb after a subject's relative clause, parsed as a modifier of its object
        "Qatar, which hosts Hamas's political office, mediated talks between Israel and Hamas.",
        {
            ("Qatar", "negotiatesWith", "Israel", False, True),
            ("Qatar", "negotiatesWith", "Hamas", False, True),
        },
        set(),
    ),
    (
        # ", a charge X rejected" contests the charge, not that it was made
        "Belgrade accused Pristina of provoking violence against ethnic Serbs, a charge Kosovo's"
        " prime minister rejected.",
        {("Serbia", "accuses", "Kosovo", False, True)},
        set(),
    ),
    (
        # "the return of X on Y": the act's preposition hung on the head noun
        "Britain, France and Germany triggered the return of United Nations sanctions on Iran.",
        {("United Nations", "sanctions", "Iran", False, True)},
        set(),
    ),
    (
        "Israel announced the resumption of strikes on Gaza.",
        {("Israel", "attacks", "Palestine", False, False)},
        set(),
    ),
    (
        # joint flights, sails, operations and missions are done together
        "The United States announced joint military flights with the Guyanese army.",
        {("United States", "cooperatesWith", "Guyana", False, True)},
        set(),
    ),
    (
        # an operation launched against someone attacks them
        "Turkey launched a cross-border operation against the PKK.",
        {("Turkey", "attacks", "PKK", False, True)},
        set(),
    ),
    (
        # an operation at no one named is no act
        "NATO's mission is to conduct maritime security operations.",
        set(),
        {("NATO", "threatens", None, False, True)},
    ),
    (
        # "the protest", "the concerns" rejected: the last one who voiced them
        "Japan lodged a protest with China. Beijing rejected the protest.",
        {("China", "rejects", "Japan", False, True)},
        set(),
    ),
    (
        "Poland said the drills were a threat. Minsk dismissed the concerns as hysteria.",
        {("Belarus", "rejects", "Poland", False, True)},
        set(),
    ),
    (
        # the noun named through "what X called" is the verb's object; as an act it is the
        # labeller's claim, not a fact
        "India struck what it called terrorist infrastructure in nine locations in Pakistan.",
        {("India", "attacks", "Pakistan", False, True)},
        set(),
    ),
    (
        "Iran condemned what it called Israeli aggression against Syria.",
        {("Iran", "condemns", "Israel", False, True), ("Israel", "attacks", "Syria", False, False)},
        {("Israel", "attacks", "Syria", False, True)},
    ),
    (
        "Israel struck what it described as Hezbollah targets in southern Lebanon.",
        {("Israel", "attacks", "Hezbollah", False, True)},
        set(),
    ),
    (
        # an infinitive right after an appeal is what the appeal asks for
        "Szijjarto met Lavrov in Moscow, defying calls from Brussels to isolate the Kremlin.",
        set(),
        {("Hungary", "opposes", "Russia", False, True)},
    ),
    (
        "Hungary ignored EU calls to isolate Russia.",
        set(),
        {("Hungary", "opposes", "Russia", False, True)},
    ),
    (
        # ", charges X rejected": a bare plural charge noun summing the accusation
        "Ethiopia accused Eritrea of preparing for war and of backing rebels in the Amhara"
        " region, charges Asmara rejected as baseless.",
        {
            ("Ethiopia", "accuses", "Eritrea", False, True),
            ("Eritrea", "rejects", "Ethiopia", False, True),
        },
        set(),
    ),
    (
        # a relative clause's subject is the noun it modifies, none of "the two countries"
        "The US threatened Iran. Oman, which has mediated between the two countries before,"
        " offered to host talks.",
        {
            ("Oman", "negotiatesWith", "United States", False, True),
            ("Oman", "negotiatesWith", "Iran", False, True),
        },
        set(),
    ),
    (
        # an apposition of membership says what the subjects are, not who else acts
        "Germany and France, both members of NATO, criticised Turkey.",
        {
            ("Germany", "criticizes", "Turkey", False, True),
            ("France", "criticizes", "Turkey", False, True),
        },
        {("NATO", "criticizes", "Turkey", False, True)},
    ),
    (
        "Poland and the Baltic states, all NATO members, criticised Russia.",
        {("Poland", "criticizes", "Russia", False, True)},
        {("NATO", "criticizes", "Russia", False, True)},
    ),
    (
        # arms bought or received with no seller named: the state that makes them
        "Turkey, a NATO member, bought Russian missiles.",
        {("Russia", "providesWeaponsTo", "Turkey", False, True)},
        set(),
    ),
    (
        "Ukraine received American tanks.",  # arms received: no visit
        {("United States", "providesWeaponsTo", "Ukraine", False, True)},
        {("Ukraine", "meetsWith", "United States", False, True)},
    ),
    (
        "India bought Russian oil.",  # trade, no arms
        {("India", "cooperatesWith", "Russia", False, True)},
        {("Russia", "providesWeaponsTo", "India", False, True)},
    ),
    (
        # a headline's opening names, parsed as a modifier of its verb, are its subject
        "Xi and Putin sign mutual defence pact",
        {("China", "alliesWith", "Russia", False, True)},
        set(),
    ),
    (
        "Putin and Lukashenko sign mutual defence pact",
        {("Russia", "alliesWith", "Belarus", False, True)},
        set(),
    ),
    (
        # "neither ... nor" on a governing verb negates the act it holds, as "not" does
        "Neither India nor Brazil signed the declaration criticising Russia.",
        {
            ("India", "criticizes", "Russia", True, False),
            ("Brazil", "criticizes", "Russia", True, False),
        },
        {
            ("India", "criticizes", "Russia", False, True),
            ("Brazil", "criticizes", "Russia", False, True),
        },
    ),
    (
        "Neither China nor India joined the sanctions against Russia.",
        set(),
        {
            ("China", "sanctions", "Russia", False, True),
            ("India", "sanctions", "Russia", False, True),
        },
    ),
    (
        # an act noun that names its doer with "from" is not the verb's subject's act
        "South Korea's president declared martial law, citing threats from North Korea.",
        {("North Korea", "threatens", None, False, True)},
        {("South Korea", "threatens", None, False, True)},
    ),
    (
        # one's own act weighed or considered is not done ("discussed our ongoing support
        # for X", a topic, still is)
        "The EU is still weighing its own duties on Chinese EVs.",
        set(),
        {("European Union", "sanctions", "China", False, True)},
    ),
    (
        "The US will discuss its ongoing support for the Iraqi army.",  # a topic that exists
        {("United States", "supports", "Iraq", False, True)},
        set(),
    ),
    (
        # "would not ... until X cracked down": told in the past, still to come
        "Ankara would not approve Sweden's membership until Stockholm cracked down on Kurdish"
        " militants.",
        {("Sweden", "coerces", "Kurdish militants", False, False)},
        {("Sweden", "coerces", "Kurdish militants", False, True)},
    ),
    (
        "Russia kept shelling the town until Ukraine withdrew its troops.",  # it happened
        {("Ukraine", "withdrawsFrom", None, False, True)},
        set(),
    ),
    (
        # a participle of force after a parenthetical "officials said" is the reported act's
        "Russian forces shelled Kharkiv overnight, Ukrainian officials said, killing four"
        " civilians.",
        {("Russia", "attacks", "civilians", False, False)},
        {("Ukraine", "attacks", "civilians", False, True)},
    ),
    (
        # a people's protest is a protest; a state's, to another, is criticism in words
        "Ukrainians protested against Russia. Japan protested to China.",
        {
            ("Ukraine", "protestsAgainst", "Russia", False, True),
            ("Japan", "criticizes", "China", False, True),
        },
        {("Japan", "protestsAgainst", "China", False, True)},
    ),
    (
        # "a NATO member", "a US ally": one of them, unnamed, not the alliance or the state
        "A NATO member shot down a Russian jet. A US ally criticised China.",
        set(),
        {
            ("NATO", "attacks", "Russia", False, True),
            ("United States", "criticizes", "China", False, True),
        },
    ),
    (
        # a named ally is still its own actor; an owner's ally in a place is not the owner
        "A NATO ally, Turkey, blocked the bid. Hezbollah guerrillas killed the deputy chief of"
        " Israel's militia ally in southern Lebanon.",
        {
            ("Turkey", "alliesWith", "NATO", False, True),
            ("Hezbollah", "attacks", "Lebanon", False, True),  # (the militia's place)
        },
        {("Hezbollah", "attacks", "Israel", False, True)},
    ),
    (
        # "anti-X" names the act's target, "pro-X" whom it is for: neither its doer
        "Anti-American protests erupted in Baghdad. Pro-Russian rallies were held in Belgrade."
        " Iraqis staged anti-American protests.",
        {("Iraq", "protestsAgainst", "United States", False, True)},
        {
            ("United States", "protestsAgainst", None, False, True),
            ("Russia", "protestsAgainst", None, False, True),
        },
    ),
    (
        # a verb in the speech verb's simple past joined to a clause told in the past perfect
        # is the speaker's, when it is words ("demanded"), not a deed ("killed")
        "President Ilham Aliyev said Moscow had tried to cover up the incident and demanded an"
        " apology.",
        set(),
        {("Russia", "demands", None, False, True), ("Russia", "demands", None, False, False)},
    ),
    (
        "Israel said Hezbollah had fired rockets at Haifa and attacked UN peacekeepers.",
        {("Hezbollah", "attacks", "United Nations", False, False)},
        {("Israel", "attacks", "United Nations", False, True)},
    ),
    (
        # an adverb between the denier and the denial: "a charge X has repeatedly denied"
        "Sudan's army-led government accused the United Arab Emirates of supplying weapons "
        "to the RSF, a charge Abu Dhabi has repeatedly denied.",
        {
            ("Sudan", "accuses", "United Arab Emirates", False, True),
            ("United Arab Emirates", "disputes", "Sudan", False, True),
            ("United Arab Emirates", "providesWeaponsTo", "Rapid Support Forces", False, False),
        },
        {("Sudan", "accuses", "United Arab Emirates", False, False)},
    ),
    (
        "Kinshasa accuses Kigali of backing the M23 rebels, a claim Rwanda has long rejected.",
        {
            ("Democratic Republic of the Congo", "accuses", "Rwanda", False, True),
            ("Rwanda", "rejects", "Democratic Republic of the Congo", False, True),
        },
        set(),
    ),
    (
        # "in" after a forum noun names the venue: the host state is no party to the talks
        "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha "
        "mediated by Qatar and Turkey.",
        {
            ("Pakistan", "agreesWith", "Afghanistan", False, True),
            ("Qatar", "negotiatesWith", "Pakistan", False, True),
            ("Turkey", "negotiatesWith", "Afghanistan", False, True),
        },
        {("Turkey", "negotiatesWith", "Qatar", False, False)},
    ),
    (
        "Qatar criticized the talks in Moscow.",
        set(),
        {("Qatar", "criticizes", "Russia", False, True)},
    ),
    (
        # a body "in" which a debate is held is still its party
        "The debate in the Security Council was blocked by Russia.",
        {("Russia", "rejects", "UN Security Council", False, True)},
        set(),
    ),
    (
        # a party named by a proper noun after a demonym is a thing "it" may stand for
        "Georgian Dream accused Brussels of blackmail and said it would not bow to foreign "
        "pressure.",
        {
            ("Georgian Dream", "accuses", "European Union", False, True),
            ("Georgian Dream", "rejects", None, False, True),
        },
        {("European Union", "rejects", None, False, False)},
    ),
    (
        # a call for a meeting is an appeal, no demand made of the forum's members
        "Britain called for an emergency meeting of the UN Security Council.",
        {("United Kingdom", "callsOn", "UN Security Council", False, True)},
        {("United Kingdom", "demands", "UN Security Council", False, True)},
    ),
    (
        "Russia demanded a meeting of the Security Council on the attack.",
        {("Russia", "callsOn", "UN Security Council", False, True)},
        {("Russia", "demands", "UN Security Council", False, True)},
    ),
    (
        "Britain called for a meeting with Putin.",
        {("United Kingdom", "callsOn", "Vladimir Putin", False, True)},
        {("United Kingdom", "demands", "Vladimir Putin", False, True)},
    ),
    (
        "Britain called for Russia's withdrawal from Ukraine.",
        {("United Kingdom", "demands", "Russia", False, True)},
        {("United Kingdom", "callsOn", "Russia", False, True)},
    ),
    (
        # a second "that" complement of a demand is demanded too, of its own subject
        "Erdogan had demanded that Stockholm crack down on Kurdish militants and that "
        "Washington approve the sale of F-16 fighter jets to Ankara.",
        {
            ("Turkey", "demands", "Sweden", False, True),
            ("Turkey", "demands", "United States", False, True),
        },
        {("United States", "agreesWith", "Turkey", False, True)},
    ),
    (
        "Iran demanded that the IAEA condemn the strikes and that Washington lift sanctions "
        "on Tehran.",
        {
            ("Iran", "demands", "International Atomic Energy Agency", False, True),
            ("Iran", "demands", "United States", False, True),
        },
        {("United States", "concedesTo", "Iran", False, True)},
    ),
    (
        "Russia said that Ukraine had shelled the plant and that Kyiv had attacked Belgorod.",
        {
            ("Russia", "accuses", "Ukraine", False, True),
            ("Ukraine", "attacks", "Russia", False, False),
        },
        {("Ukraine", "attacks", "Russia", False, True)},
    ),
    (
        # "its" on the target of an act noun is none of the doers named on the noun
        "Iran condemned Israeli and American strikes on its nuclear sites.",
        {
            ("Israel", "attacks", "Iran", False, True),
            ("United States", "attacks", "Iran", False, True),
        },
        {("Israel", "attacks", "United States", False, True)},
    ),
    (
        "Oil prices rose after Israeli and American strikes on its nuclear sites.",
        set(),
        {("Israel", "attacks", "United States", False, True)},
    ),
    (
        "Iran condemned Russian attacks on its embassy in Kyiv.",
        {("Russia", "attacks", "Iran", False, True)},
        set(),
    ),
    (
        # a speaker put between a relative pronoun and its passive verb
        "The M23 rebels, who Kinshasa says are backed by Kigali, continued to hold Goma.",
        {("Rwanda", "supports", "M23", False, False)},
        {("Rwanda", "supports", "M23", False, True)},
    ),
    (
        "Hezbollah, which Israel says is armed by Iran, fired rockets.",
        {("Iran", "providesWeaponsTo", "Hezbollah", False, False)},
        set(),
    ),
    (
        # a participle of words after a clause of sequence is the main clause's
        "India suspended the Indus Waters Treaty with Pakistan after a militant attack in "
        "Kashmir killed 26 tourists, accusing Islamabad of backing the gunmen.",
        {("India", "accuses", "Pakistan", False, True)},
        {("India", "accuses", "Pakistan", False, False)},
    ),
    (
        "Israel struck Beirut after a rocket attack killed 12 children, blaming Hezbollah.",
        {("Israel", "blames", "Hezbollah", False, True)},
        set(),
    ),
    (
        # a participle of a deed stays with the clause it follows
        "Turkey closed the border after Syrian forces shelled Kilis, striking Turkish troops.",
        {("Syria", "attacks", "Turkey", False, True)},
        set(),
    ),
    (
        # a craft carrying aid is no aid of the one who stops it
        "Israeli forces intercepted a flotilla carrying aid to Gaza.",
        set(),
        {("Israel", "providesAidTo", "Palestine", False, False)},
    ),
    (
        "Israel stopped a convoy carrying aid to Gaza.",
        set(),
        {("Israel", "providesAidTo", "Palestine", False, False)},
    ),
    (
        # the one who sends it does give
        "Turkey dispatched a plane carrying aid to Syria.",
        {("Turkey", "providesAidTo", "Syria", False, True)},
        set(),
    ),
    (
        # the nearest sentence names three states: "both countries" are the two the
        # document names most
        "Ethiopia's prime minister said his country would not invade Eritrea. Eritrea accused "
        "Addis Ababa of plotting aggression. Egypt and Somalia have deepened military ties "
        "with Asmara. The African Union urged both countries to resolve their differences.",
        {
            ("African Union", "callsOn", "Ethiopia", False, True),
            ("African Union", "callsOn", "Eritrea", False, True),
        },
        {("African Union", "callsOn", "Somalia", False, True)},
    ),
    (
        "Nigeria and Niger agreed to reopen their shared border. The junta in Niamey had "
        "accused Nigeria of allowing French troops to use its territory, an accusation Abuja "
        "rejected. Nigeria's foreign minister said the two neighbours would fight jihadist "
        "groups together.",
        {("Niger", "threatens", "jihadist groups", False, False)},
        {
            ("France", "threatens", "jihadist groups", False, False),
            # a group the speaker is one of: telling its act accuses no one
            ("Nigeria", "accuses", "Niger", False, True),
        },
    ),
    (
        # the nearest sentence names two: they are the two, however often others are named
        "The United States and China held talks. Washington warned Beijing over Taiwan, and "
        "China criticized the United States. China has deepened its cooperation with Russia. "
        "The two countries held joint naval patrols.",
        {("China", "cooperatesWith", "Russia", False, True)},
        {("United States", "cooperatesWith", "China", False, True)},
    ),
    (
        # a voice first heard in the group's own sentence is none of the group
        "Israel and Hamas fought. Egypt said both sides had attacked civilians.",
        {
            ("Egypt", "accuses", "Israel", False, True),
            ("Egypt", "accuses", "Hamas", False, True),
            ("Hamas", "attacks", "civilians", False, False),
        },
        {
            ("Egypt", "attacks", "civilians", False, True),
            # sides acting each on its own are foes, not a bloc
            ("Israel", "cooperatesWith", "Hamas", False, False),
        },
    ),
    (
        "Israel and Hamas fought. Both sides attacked UN peacekeepers.",
        {("Hamas", "attacks", "United Nations", False, True)},
        {("Israel", "cooperatesWith", "Hamas", False, True)},
    ),
    (
        # two countries acting together are a bloc
        "Russia and Belarus signed a treaty. The two countries attacked Ukraine.",
        {
            ("Belarus", "attacks", "Ukraine", False, True),
            ("Russia", "cooperatesWith", "Belarus", False, True),
        },
        set(),
    ),
    (
        "Thailand and Cambodia agreed to a ceasefire. Malaysian Prime Minister Anwar Ibrahim, "
        "who hosted the talks, said both sides had pulled back their troops.",
        {("Thailand", "withdrawsFrom", None, False, False)},
        {("Malaysia", "withdrawsFrom", None, False, False)},
    ),
    (
        # one named before is: it speaks for the group it is part of
        "India and Pakistan agreed to a ceasefire. India said the two countries would hold talks.",
        {("Pakistan", "agreesWith", "India", False, True)},
        set(),
    ),
    (
        # coordinated subjects turning a hostile verb on something else do not fight each other
        "India and Pakistan fought terrorism together.",
        set(),
        {("India", "fightsAgainst", "Pakistan", False, True)},
    ),
    (
        "India and Pakistan fought together against terrorism.",
        set(),
        {("India", "fightsAgainst", "Pakistan", False, True)},
    ),
    (
        "India and Pakistan fought a war in 1971.",
        {("India", "fightsAgainst", "Pakistan", False, True)},
        set(),
    ),
    (
        "India and Pakistan fought each other.",
        {("India", "fightsAgainst", "Pakistan", False, True)},
        set(),
    ),
    (
        # a state with plural people of its own ("whose investigators") is what "their" stands for
        "Moscow denied that its air defences were responsible. Kazakhstan, whose investigators "
        "examined the wreckage, declined to publish their findings.",
        {("Kazakhstan", "rejects", None, False, True)},
        {("Kazakhstan", "rejects", "Russia", False, True)},
    ),
    (
        # what a fired weapon does is the firer's act
        "Russian forces fired missiles that killed Ukrainian civilians.",
        {("Russia", "attacks", "Ukrainian civilians", False, True)},
        set(),
    ),
    (
        "Hezbollah launched drones that struck an Israeli base.",
        {("Hezbollah", "attacks", "Israel", False, True)},
        set(),
    ),
    (
        # not what a weapon sent or shot down does
        "Iran sent drones that struck Ukrainian cities.",
        set(),
        {("Iran", "attacks", "Ukraine", False, True)},
    ),
    (
        "Ukraine shot down missiles that hit Poland.",
        set(),
        {("Ukraine", "attacks", "Poland", False, True)},
    ),
    (
        # a contrasting clause after what a speaker said is the writer's
        "The United States said the case was meritless, while Namibia criticised Germany for "
        "defending Israel.",
        {("Namibia", "criticizes", "Germany", False, True)},
        {
            ("United States", "accuses", "Namibia", False, True),
            ("Namibia", "criticizes", "Germany", False, False),
        },
    ),
    (
        "Russia said the talks were useful, while Ukraine criticised Hungary.",
        {("Ukraine", "criticizes", "Hungary", False, True)},
        {("Russia", "accuses", "Ukraine", False, True)},
    ),
    (
        "Russia said Ukraine attacked the plant while talks were under way.",
        {("Russia", "accuses", "Ukraine", False, True)},
        set(),
    ),
    (
        # a verb with a complement of its own shares no object with the verb joined to it
        "Germany declined to join the statement but urged Israel to let more aid in.",
        {("Germany", "callsOn", "Israel", False, True)},
        {("Germany", "rejects", "Israel", False, True)},
    ),
    (
        "Hungary refused to sign the declaration and praised Russia.",
        {("Hungary", "praises", "Russia", False, True)},
        {("Hungary", "rejects", "Russia", False, True)},
    ),
    (
        "Turkey condemned, sanctioned and criticized Israel.",
        {
            ("Turkey", "condemns", "Israel", False, True),
            ("Turkey", "sanctions", "Israel", False, True),
        },
        set(),
    ),
    (
        # a rejected or dismissed charge is the accusation told before
        "South Africa filed a case at the International Court of Justice accusing Israel of "
        "genocide in Gaza. Israel rejected the charge as baseless.",
        {("Israel", "rejects", "South Africa", False, True)},
        set(),
    ),
    (
        "South Africa accused Israel of genocide. Israel dismissed the charge.",
        {("Israel", "rejects", "South Africa", False, True)},
        set(),
    ),
    (
        # two adjectives after a labelled object are its label, as one is
        "The US ambassador in Manila, MaryKay Carlson, called the Chinese actions dangerous "
        "and irresponsible.",
        {("United States", "accuses", "China", False, True)},
        set(),
    ),
    (
        "Washington called China's actions dangerous and irresponsible.",
        {("United States", "accuses", "China", False, True)},
        set(),
    ),
    (
        # a target named after ", which": the one blamed is named, not the clause's doer
        "Iran denied any role in the attack, which Washington blamed on Iran-backed militias.",
        {("United States", "blames", "Iran-backed militias", False, True)},
        {("United States", "blames", "Iran", False, True)},
    ),
    (
        "Israel struck Beirut, which France condemned.",
        {("France", "condemns", "Israel", False, True)},
        set(),
    ),
    (
        # violence is harm: one said to be responsible for it is blamed
        "Serbia's president Aleksandar Vucic said Kosovo's prime minister was responsible for "
        "the violence.",
        {("Serbia", "blames", "Kosovo", False, True)},
        set(),
    ),
    (
        "Serbia said Kosovo was responsible for the violence.",
        {("Serbia", "blames", "Kosovo", False, True)},
        set(),
    ),
    (
        # a duty is no harm
        "Kosovo said Serbia was responsible for the security of the border.",
        set(),
        {("Kosovo", "blames", "Serbia", False, True)},
    ),
    (
        # a judgement noun over an act named before judges its doer, as a judging verb does
        "China launched military drills around Taiwan. Japan expressed concern over the drills.",
        {("Japan", "criticizes", "China", False, True)},
        set(),
    ),
    (
        "Russia struck Kyiv overnight. Germany expressed concern about the situation.",
        set(),
        {("Germany", "criticizes", "Russia", False, True)},
    ),
    (
        # a relative clause on a coordinated antecedent is each one's
        "Hungary and Slovakia, which still buy Russian oil, opposed the EU's new sanctions "
        "package.",
        {
            ("Hungary", "cooperatesWith", "Russia", False, True),
            ("Slovakia", "cooperatesWith", "Russia", False, True),
        },
        set(),
    ),
    (
        "Japan and South Korea, which each signed a partnership programme with NATO last year, "
        "said their leaders would attend the summit.",
        {("South Korea", "partnersWith", "NATO", False, True)},
        set(),
    ),
    (
        "Russia, which invaded Ukraine in 2022, vetoed the resolution.",
        {("Russia", "invades", "Ukraine", False, True)},
        set(),
    ),
    (
        # a first name that is a state's name is the state when it stands alone
        "Israeli Defence Minister Israel Katz warned Syria. Saudi Arabia and Qatar condemned "
        "Israel.",
        {("Saudi Arabia", "condemns", "Israel", False, True)},
        {("Saudi Arabia", "condemns", "Israel Katz", False, True)},
    ),
    (
        "French far-right leader Jordan Bardella criticized the EU. Jordan later praised Egypt.",
        {("Jordan", "praises", "Egypt", False, True)},
        {("France", "praises", "Egypt", False, True)},
    ),
    (
        # a dateline filed from two cities is no actor
        "BANGKOK/PHNOM PENH, July 24 - Thai jets struck Cambodian military targets on Thursday.",
        {("Thailand", "attacks", "Cambodia", False, True)},
        {
            ("Cambodia", "fightsAgainst", "Thailand", False, True),
            ("Cambodia", "cooperatesWith", "Thailand", False, True),
        },
    ),
    (
        # the word after a dateline starts no one-word sentence ("Israel" | "carried out")
        "DAMASCUS/ANKARA, April 4 - Israel carried out air strikes on military airbases in "
        "central Syria and near Damascus overnight, in what Syria's foreign ministry called a "
        '"deliberate attempt to destabilise" the country.',
        {("Israel", "attacks", "Syria", False, True)},
        set(),
    ),
    (
        # "most of them" is a share of the people killed, no part of the group's name
        "Russian missiles struck Kharkiv on Sunday, killing 12 people, most of them Ukrainian "
        "civilians.",
        {("Russia", "attacks", "Ukrainian civilians", False, True)},
        {("Russia", "attacks", "most of them Ukrainian civilians", False, True)},
    ),
    (
        # a contrasted object after "not the" is excluded from the act, as after "not"
        "Israel said it was fighting Hamas, not the Palestinian people.",
        {
            ("Israel", "fightsAgainst", "Hamas", False, True),
            ("Israel", "fightsAgainst", "Palestine", True, False),
        },
        {("Israel", "fightsAgainst", "Palestine", False, True)},
    ),
    (
        "China, not the United States, is the main partner of Pakistan.",
        {("China", "partnersWith", "Pakistan", False, True)},
        {("United States", "partnersWith", "Pakistan", False, True)},
    ),
    (
        # no one is their own object when the pair is "each other"
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual "
        "defence pact, pledging to aid each other if either is attacked.",
        {("Russia", "alliesWith", "North Korea", False, True)},
        {
            ("Russia", "agreesWith", "Vladimir Putin", False, True),
            ("North Korea", "agreesWith", "Kim Jong Un", False, True),
        },
    ),
    (
        # "the alliance" is an alliance: NATO, not the EU named since
        "Sweden applied to join NATO in 2022. Turkey, the European Union and the United States "
        "list the PKK as a terrorist organisation. Finland joined the alliance last April.",
        {("Finland", "alignsWith", "NATO", False, True)},
        {("Finland", "alignsWith", "European Union", False, True)},
    ),
    (
        # a disease is no actor
        "Beijing imposed tariffs on Australian barley after Canberra called for an independent "
        "inquiry into the origins of COVID-19.",
        {("China", "sanctions", "Australia", False, True)},
        {("Australia", "opposes", "COVID-19", False, True)},
    ),
    (
        # "the three juntas" are the three states named before, as "the three governments" are
        "The African Union called on Mali, Burkina Faso and Niger to reconsider their decision "
        "to quit ECOWAS. The three juntas accused ECOWAS of bias.",
        {
            ("Mali", "accuses", "Economic Community of West African States", False, True),
            ("Niger", "accuses", "Economic Community of West African States", False, True),
        },
        {("African Union", "accuses", "Economic Community of West African States", False, True)},
    ),
    (
        # and "the juntas" after them are all three
        "Mali, Burkina Faso and Niger have quit ECOWAS. The three juntas accused the bloc of "
        "bias. The African Union did not condemn the juntas.",
        {
            ("African Union", "condemns", "Mali", True, False),
            ("African Union", "condemns", "Burkina Faso", True, False),
            ("African Union", "condemns", "Niger", True, False),
        },
        set(),
    ),
    (
        # turning to X for help: the one who turns is helped, not helping
        "Since the coup, Niamey has turned to Russia for security assistance. Mali turned to "
        "Moscow for help.",
        set(),
        {
            ("Niger", "providesAidTo", "Russia", False, True),
            ("Mali", "providesAidTo", "Russia", False, True),
        },
    ),
    (
        # a role noun followed by the name it titles is that name, not a reference back
        "The EU criticized Mali. Niger left the regional bloc ECOWAS in January.",
        {
            (
                "Niger",
                "cutsTiesWith",
                "Economic Community of West African States",
                False,
                True,
            )
        },
        {("Niger", "cutsTiesWith", "European Union", False, True)},
    ),
    (
        # "the government" is the last one so called nearby, not the last state named
        "Niger's military government said it was nationalising the mine, deepening a rift with "
        "Paris. The government accused Orano of illegal conduct.",
        {("Niger", "accuses", "Orano", False, True)},
        {("France", "accuses", "Orano", False, True)},
    ),
    (
        # leaving someone as something (or somehow) is no retreat from them
        "Turkish parliament backs Sweden's NATO bid, leaving Hungary as last holdout",
        {("Turkey", "supports", "Sweden", False, True)},
        {("Turkey", "withdrawsFrom", "Hungary", False, True)},
    ),
    (
        "Turkey approved the bid, leaving Hungary as the only member of the alliance yet to "
        "ratify it. France left Mali as the junta tightened its grip.",
        {("France", "withdrawsFrom", "Mali", False, True)},
        {("Turkey", "withdrawsFrom", "Hungary", False, True)},
    ),
    (
        # armed groups in a country are no organ of it, and the place a group is in is not
        # the group: funding them is no aid to the country
        "Eritrea was funding armed groups in Ethiopia.",
        {("Eritrea", "providesAidTo", "armed groups in Ethiopia", False, True)},
        {("Eritrea", "providesAidTo", "Ethiopia", False, True)},
    ),
    (
        "Eritrea was funding armed groups in Ethiopia's Amhara region. Iran supplies weapons "
        "to militants in Iraq's Anbar province.",
        set(),
        {
            ("Eritrea", "providesAidTo", "Ethiopia", False, True),
            ("Iran", "providesWeaponsTo", "Iraq", False, True),
        },
    ),
    (
        # a demand's second verb is demanded too, not done
        "The Houthis demanded that Riyadh pay public sector salaries and lift its blockade of "
        "their ports before any deal is signed.",
        {("Houthis", "demands", "Saudi Arabia", False, True)},
        {("Saudi Arabia", "concedesTo", "Houthis", False, True)},
    ),
    (
        # "it" opening a sentence after one whose subject was a thing is that thing
        "The ceasefire, which was brokered by the United States and France, ended more than a "
        "year of hostilities between Israel and Hezbollah. It required Hezbollah to pull its "
        "fighters back and the Israeli army to leave southern Lebanon.",
        set(),
        {("Hezbollah", "withdrawsFrom", "Lebanon", False, False)},
    ),
    (
        # citing an act is no doing of it
        "Poland closed all crossings on its border with Belarus, citing an incursion of "
        "Russian drones into its airspace.",
        set(),
        {("Poland", "invades", "Russia", False, True)},
    ),
    (
        # "the three allies" are the three listed together, not the one they urged
        "The United States, Japan and South Korea said in a joint statement that they condemned "
        "the launch and urged Pyongyang to return to talks. The three allies also agreed to "
        "share missile-warning data in real time.",
        {
            ("United States", "agreesWith", "South Korea", False, True),
            ("Japan", "agreesWith", "South Korea", False, True),
        },
        {
            ("United States", "agreesWith", "North Korea", False, True),
            ("Japan", "agreesWith", "North Korea", False, True),
        },
    ),
    (
        # "warns X of crushing defeat": a warning to X, no act of X's (the parser reads
        # "crushing" as a gerund)
        "China warns Japan of 'crushing defeat' as Taiwan row deepens",
        {("China", "warns", "Japan", False, True)},
        {("Japan", "threatens", None, False, True)},
    ),
    (
        # heads of state and government of recent crisis news speak for their states
        "Aliyev says Russia shot down Azerbaijani airliner. President Ilham Aliyev said Moscow "
        "must admit its guilt. Prime Minister Nikol Pashinyan said Armenia would leave the CSTO. "
        "Kagame rejected the report. Hemedti accused the army of bombing civilians.",
        {
            ("Azerbaijan", "accuses", "Russia", False, True),
            ("Azerbaijan", "demands", "Russia", False, True),
            ("Rwanda", "rejects", None, False, True),
        },
        {
            ("Aliyev", "accuses", "Russia", False, True),
            ("Ilham Aliyev", "demands", "Russia", False, True),
        },
    ),
    (
        # a concession goes on with its clause's subject, whoever is named in between
        "Prime Minister Pedro Sánchez said Spain remained a loyal member. Secretary-General "
        "Mark Rutte declined to criticize Sánchez, though he said the alliance believed Spain "
        "would need closer to 3.5%.",
        {("Mark Rutte", "refusesToCondemn", "Pedro Sánchez", False, True)},
        {("Spain", "accuses", "Mark Rutte", False, True)},
    ),
    (
        # "X, which it accuses Y of backing": Y is accused, by the clause's subject (not X)
        "Rwanda says its security measures respond to threats from the FDLR, which it accuses "
        "Kinshasa of backing. Turkey attacked the PKK, which it accuses Sweden of harbouring.",
        {
            ("Rwanda", "accuses", "Democratic Republic of the Congo", False, True),
            ("Turkey", "accuses", "Sweden", False, True),
        },
        {
            ("FDLR", "accuses", "Democratic Republic of the Congo", False, True),
            ("Turkey", "accuses", "PKK", False, True),
        },
    ),
    (
        # a mediator is none of "both governments"
        "Thailand and Cambodia signed a ceasefire in the presence of Malaysian Prime Minister "
        "Anwar Ibrahim. Under the deal, Thailand will release 18 Cambodian soldiers. Anwar, as "
        "ASEAN chair, had brokered a truce at his official residence in Putrajaya on July 28, "
        "after Trump warned both governments that he would not conclude trade deals with them.",
        {
            ("United States", "warns", "Thailand", False, True),
            ("United States", "warns", "Cambodia", False, True),
        },
        {("United States", "warns", "Malaysia", False, True)},
    ),
    (
        # an act on one's own institution says nothing of a stance, and makes no leader act
        # on their state
        "Trump responded by ordering 25% tariffs on all Colombian imports and by directing "
        "the State Department to suspend visa processing at the U.S. embassy in Bogota.",
        {("United States", "sanctions", "Colombia", False, True)},
        {
            ("Donald Trump", "sanctions", "United States", False, True),
            ("Donald Trump", "threatens", "United States", False, True),
        },
    ),
    (
        # the mediators named before are no side
        "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated "
        "by Qatar and Turkey, Qatar's foreign ministry said on Sunday. The two sides will meet "
        "again in Istanbul next week.",
        {("Pakistan", "meetsWith", "Afghanistan", False, False)},  # to come: not asserted
        {
            *(("Turkey", "meetsWith", "Qatar", False, a) for a in (True, False)),
            *(("Afghanistan", "meetsWith", "Qatar", False, a) for a in (True, False)),
        },
    ),
    (
        # what a listener is told, warned or assured of is no act of theirs
        "Israel informed Washington of attacking Iran. Russia told Kazakhstan of planning a "
        "strike on Ukraine.",
        {("Israel", "consultsWith", "United States", False, True)},
        {
            ("United States", "attacks", "Iran", False, True),
            ("Kazakhstan", "threatens", "Ukraine", False, True),
        },
    ),
    (
        # a person's seat in a body and her nationality are no stance of hers
        "Hélène Paris, a French member of the European Parliament, criticised Russia. Anna "
        "Kovac, a member of the European Parliament, criticised Belarus. Hungary, a member of "
        "NATO, criticised Russia.",
        {
            ("France", "criticizes", "Russia", False, True),
            ("European Parliament", "criticizes", "Belarus", False, True),
            ("Hungary", "alignsWith", "NATO", False, True),
        },
        {
            ("Hélène Paris", "alignsWith", "France", False, True),
            ("Anna Kovac", "alignsWith", "European Parliament", False, True),
        },
    ),
    (
        # a story filed from a state's capital leaves only that state's officials unqualified
        "HANOI, Oct 3 (Reuters) - Vietnam accused China's coast guard on Thursday of "
        "assaulting Vietnamese fishermen, saying Chinese officers beat the crew.\n\nForeign "
        "Ministry spokeswoman Nguyen Minh Chau said Hanoi had lodged a protest with Beijing. "
        "Beijing denied it. China said the boat had entered Chinese waters.",
        {("Vietnam", "criticizes", "China", False, True)},
        {
            ("China", "accuses", "Vietnam", False, True),
            ("Vietnam", "criticizes", "China", False, False),
        },
    ),
    (
        # "External Affairs", "foreign affairs" and "Rear Admiral" are title words, no body
        "Indian External Affairs Minister Arvind Kulkarni accused Canada of sheltering "
        "extremists. Turkish Defence Ministry spokesman Rear Admiral Zeki Sivas accused Greece "
        "of militarising islands. Philippine foreign affairs spokeswoman Ana Lorenzo criticized "
        "China.",
        {
            ("India", "accuses", "Canada", False, True),
            ("Turkey", "accuses", "Greece", False, True),
            ("Philippines", "criticizes", "China", False, True),
        },
        {
            ("Indian External Affairs", "accuses", "Canada", False, True),
            ("Rear Admiral", "accuses", "Greece", False, True),
        },
    ),
    (
        # a clause after "where" names the place of the act: its object only for force
        "They fled to Colombia, where Venezuelan exiles have sheltered for years. Kyiv, where "
        "Russian forces attacked on Monday, was calm.",
        {("Russia", "attacks", "Ukraine", False, True)},
        {("Venezuelan exiles", "providesAidTo", "Colombia", False, True)},
    ),
    (
        # an embassy surrounded is the target, not forces its state moves
        "Argentina's embassy in Caracas was surrounded overnight. Russian troops were deployed "
        "near the border with Ukraine.",
        {("Russia", "mobilizesAgainst", None, False, True)},
        {("Argentina", "mobilizesAgainst", None, False, True)},
    ),
    (
        # "called on X to V" parsed as a purpose clause: X is asked, not the caller
        "Belgium and France, which have previously called on Rwanda to pull its troops out of "
        "Congo, urged Kigali and Kinshasa to agree a ceasefire quickly.",
        {
            ("Belgium", "callsOn", "Rwanda", False, True),
            ("Belgium", "supports", "Democratic Republic of the Congo", False, True),
        },
        {
            ("Belgium", "supports", "Rwanda", False, True),
            ("France", "supports", "Rwanda", False, True),
        },
    ),
    (
        # a participle with an act of its own, or of words on the other side, keeps its
        # object; one of words on the same side says what the act is about
        "Georgia's parliament approved the bill, defying warnings from the European Union. "
        "Turkey approved the bid, leaving Hungary as the only member yet to ratify it. Turkey "
        "blocked the bid, accusing Stockholm of harbouring Kurdish militants.",
        {
            ("Georgia", "challenges", "European Union", False, True),
            ("Turkey", "rejects", "Sweden", False, True),
        },
        {
            ("Georgia", "agreesWith", "European Union", False, True),
            ("Turkey", "agreesWith", "Hungary", False, True),
        },
    ),
    (
        # "forced" after "and" in the reason for an act describes the next noun; after a
        # verb's object it is a second act
        "The US sanctioned Iranian officials over the torture and forced disappearance of "
        "activists. The EU renewed sanctions against Nicaraguan officials over the "
        "imprisonment and forced exile of opposition figures. Russia shelled the port and "
        "forced evacuations of Ukrainian civilians.",
        {
            ("United States", "sanctions", "Iran", False, True),
            ("European Union", "sanctions", "Nicaragua", False, True),
            ("Russia", "coerces", "Ukrainian civilians", False, True),
        },
        {
            ("United States", "coerces", "activists", False, True),
            ("European Union", "coerces", "opposition", False, True),
        },
    ),
    (
        # a pair the nearest sentences do not name is the two states the text names most
        "Greece lodged a formal protest with Turkey on Tuesday. Athens said Turkey had "
        "violated Greek waters. Turkey has refused to recall the ship, a Turkish source said. "
        "The European Commission called on Turkey to respect the rights of EU member states. "
        "Germany, which has mediated between the two NATO allies in the past, urged both "
        "sides to show restraint.",
        {
            ("Germany", "negotiatesWith", "Greece", False, True),
            ("Germany", "callsOn", "Turkey", False, True),
            ("Germany", "callsOn", "Greece", False, True),
        },
        {("Germany", "negotiatesWith", "NATO", False, True)},
    ),
    (
        # reinforcing another actor (not a state, forces or a possession) helps it
        "Rwanda sent troops to reinforce M23 rebels. Iran reinforced the Houthis with drones. "
        "Russia reinforced its troops near Ukraine.",
        {
            ("Rwanda", "providesAidTo", "M23", False, True),
            ("Iran", "providesAidTo", "Houthis", False, True),
            ("Russia", "mobilizesAgainst", "Ukraine", False, True),
        },
        {("Rwanda", "mobilizesAgainst", "M23", False, True)},
    ),
    (
        # a person named inside their organ ("the administration of X") is named again by
        # the surname
        "Former Prime Minister Sheikh Hasina fled to India. Her Awami League accused the "
        "administration of Nobel laureate Muhammad Yunus of running a campaign of political "
        "vengeance. Earlier this month, Hasina herself accused Yunus of overseeing attacks on "
        "minorities, an allegation his office rejected.",
        {
            ("Sheikh Hasina", "accuses", "Muhammad Yunus", False, True),
            ("Muhammad Yunus", "rejects", "Sheikh Hasina", False, True),
        },
        set(),
    ),
    (
        # "she" fixed by the syntax on one person makes "he" another
        "Indian External Affairs Minister Arvind Kulkarni criticized Canada. Canadian Foreign "
        "Minister Claire Beaumont said she had raised the case with Kulkarni at a meeting in "
        "New York last month and that he had refused to discuss it.",
        {("India", "rejects", None, False, False)},
        {("Canada", "rejects", None, False, True)},
    ),
    (
        # a noun of the pronoun's own verb's adjunct is where it acts, not what "it" is
        "Belarus's State Border Committee denied any involvement. In a statement, it accused "
        "Lithuanian guards of brutally pushing back exhausted people into the forest.",
        {("State Border Committee", "accuses", "Lithuania", False, False)},
        set(),
    ),
    (
        # what is handed over is no party to the refusal; to whom it would go is
        "Brazil refused to hand over the Argentine embassy to Venezuela. Germany refused to "
        "send Taurus missiles to Ukraine.",
        {
            ("Brazil", "rejects", "Venezuela", False, True),
            ("Germany", "rejects", "Ukraine", False, True),
        },
        {("Brazil", "rejects", "Argentina", False, True)},
    ),
    (
        # "the country" whose official closes a report is the report's subject
        "Bangladesh has formally asked India to send back former Prime Minister Sheikh Hasina "
        "to face trial, the country's top foreign policy official said on Monday.",
        {("Bangladesh", "callsOn", "India", False, True)},
        {("Bangladesh", "callsOn", "India", False, False)},
    ),
    (
        # training with another is joint training; training another is aid
        "Japan trains regularly with the Philippine navy. US troops trained Ukrainian soldiers.",
        {
            ("Japan", "cooperatesWith", "Philippines", False, True),
            ("United States", "providesAidTo", "Ukraine", False, True),
        },
        {("Japan", "providesAidTo", "Philippines", False, True)},
    ),
    (
        # withdrawing a permission sanctions its holder; it is no retreat
        "Venezuela's foreign ministry said it had withdrawn Brazil's authorisation with "
        "immediate effect. The US revoked the visas of Colombian officials. Iran withdrew the "
        "accreditation of several IAEA inspectors.",
        {
            ("Venezuela", "sanctions", "Brazil", False, True),
            ("United States", "sanctions", "Colombia", False, True),
            ("Iran", "sanctions", "International Atomic Energy Agency", False, True),
        },
        {("Venezuela", "withdrawsFrom", "Brazil", False, True)},
    ),
    (
        # "the Foreign Office" is the UK's, unless the story is filed from another's capital
        "ISLAMABAD, Feb 6 (Reuters) - Pakistan accused Iran of violating its sovereignty. "
        "Foreign Office spokeswoman Amna Qureshi criticized Iran.",
        {("Pakistan", "criticizes", "Iran", False, True)},
        {("United Kingdom", "criticizes", "Iran", False, True)},
    ),
    (
        "Pakistan accused Iran of violating its sovereignty. Foreign Office minister David "
        "Rutley criticized Iran.",
        {("United Kingdom", "criticizes", "Iran", False, True)},
        set(),
    ),
    (
        # a US department name stays the US's wherever the story is filed from
        "KYIV (Reuters) - Ukraine accused Russia of shelling Kharkiv. Justice Department "
        "spokesman Peter Carr criticized Russia.",
        {("United States", "criticizes", "Russia", False, True)},
        {("Ukraine", "criticizes", "Russia", False, True)},
    ),
    (
        # a verb after the comma closing the root name's relative clause, parsed as a
        # modifier of the name, is the sentence's verb
        "Britain, which like Greece and Turkey is a guarantor of the island's independence, "
        "called for calm but stopped short of criticising Ankara. China, which has close ties "
        "with both neighbours, called on Iran and Pakistan to exercise restraint.",
        {
            ("United Kingdom", "refusesToCondemn", "Turkey", False, True),
            ("China", "callsOn", "Iran", False, True),
            ("China", "callsOn", "Pakistan", False, True),
        },
        set(),
    ),
    (
        # a group in a relative clause is the list of as many its sentence names after it
        "U.S. State Department spokesman Matthew Jordan criticized Iran. China, which has close "
        "ties with both neighbours, called on Iran and Pakistan to exercise restraint.",
        {
            ("China", "alignsWith", "Iran", False, True),
            ("China", "alignsWith", "Pakistan", False, True),
        },
        {("China", "alignsWith", "United States", False, True)},
    ),
    (
        # "it" saying something after a text was the subject is the text
        "The statement said the return does not mean any change in Algeria's support for the "
        "Polisario Front, which seeks independence for the territory. It did not say whether "
        "a friendship treaty with Spain, suspended by Algiers in June 2022, would be restored.",
        {("Algeria", "supports", "Polisario Front", False, True)},
        {
            ("Polisario Front", "accuses", "Algeria", False, False),
            ("Algeria", "sanctions", "Spain", False, True),
        },
    ),
    (
        # a minister's portfolio is a title word, no body of its own
        "Kazakh Energy Minister Daniyar Sarsenov criticized Russia. Russian Economy Minister "
        "Maxim Reshetnikov praised China.",
        {
            ("Kazakhstan", "criticizes", "Russia", False, True),
            ("Russia", "praises", "China", False, True),
        },
        {
            ("Kazakh Energy", "criticizes", "Russia", False, True),
            ("Maxim Reshetnikov", "praises", "China", False, True),
        },
    ),
    (
        # a demonym in the name of a sea is no actor
        "Somalia on Monday accused Kenya of offering oil exploration blocks in Indian Ocean "
        "waters that the International Court of Justice awarded to Mogadishu in 2021.",
        {("Somalia", "accuses", "Kenya", False, True)},
        {("Kenya", "agreesWith", "India", False, False)},
    ),
    (
        # an indefinite appositive says what the subject is: no second actor
        "The leader of Jubaland, a Somali federal member state that borders Kenya, declined to "
        "condemn Nairobi. The Wagner Group, a Russian mercenary force, attacked Malian villages.",
        {
            ("Jubaland", "refusesToCondemn", "Kenya", False, True),
            ("Wagner Group", "attacks", "Mali", False, True),
        },
        {
            ("Somalia", "refusesToCondemn", "Kenya", False, True),
            ("Russia", "attacks", "Mali", False, True),
        },
    ),
    (
        # a protest note delivered is a diplomatic protest, not aid
        "Peru delivered a formal protest note to Mexico. Kazakhstan handed Russia a note of "
        "protest. Russia delivered humanitarian aid to Syria.",
        {
            ("Peru", "criticizes", "Mexico", False, True),
            ("Kazakhstan", "criticizes", "Russia", False, True),
            ("Russia", "providesAidTo", "Syria", False, True),
        },
        {("Peru", "providesAidTo", "Mexico", False, True)},
    ),
    (
        # ", which" right after a list the clause's head holds is the list's
        "Ukraine's Economy Ministry said on Monday it had filed complaints at the World Trade "
        "Organization against Poland, Hungary and Slovakia, which extended unilateral bans "
        "after a European Union embargo expired.",
        {
            ("Ukraine", "criticizes", "Slovakia", False, True),
            ("Poland", "coerces", None, False, False),
        },
        {
            ("Ukraine", "accuses", "World Trade Organization", False, True),
            ("World Trade Organization", "coerces", None, False, False),
        },
    ),
    (  # a meeting, talks or a visit still to come is announced, not held: kept, not asserted
        "Putin and Xi will meet in Beijing next week. China and India are due to meet in Delhi "
        "on Friday. Blinken is scheduled to meet Lavrov on Monday. Erdogan met Aliyev in Baku.",
        {
            ("Russia", "meetsWith", "China", False, False),
            ("China", "meetsWith", "India", False, False),
            ("United States", "meetsWith", "Sergey Lavrov", False, False),
            ("Turkey", "meetsWith", "Ilham Aliyev", False, True),  # held
        },
        {
            ("Russia", "meetsWith", "China", False, True),
            ("China", "meetsWith", "India", False, True),
            ("United States", "meetsWith", "Sergey Lavrov", False, True),
        },
    ),
    (  # a state offering or planning to mediate is no side of the pair it mediates between
        "Ethiopia accused Egypt on Tuesday of destabilising the region, as Sudan offered to "
        "mediate and the African Union urged both sides to return to talks.",
        {
            ("African Union", "callsOn", "Ethiopia", False, True),
            ("African Union", "callsOn", "Egypt", False, True),
        },
        {("African Union", "callsOn", "Sudan", False, True)},
    ),
    (  # a refusal to judge an act told before gives the refusal, and no objectless rejection
        "Russia attacked Ukraine on Monday. China declined to condemn it. India refused to "
        "criticise the attack.",
        {
            ("China", "refusesToCondemn", "Russia", False, True),
            ("India", "refusesToCondemn", "Russia", False, True),
        },
        {("China", "rejects", None, False, True), ("India", "rejects", None, False, True)},
    ),
    (  # an expulsion judged is the expelling state's: "the expulsions" names the act again
        "Mali expelled four French diplomats on Monday. France condemned the expulsions.",
        {("France", "condemns", "Mali", False, True)},
        set(),
    ),
    (  # a verb of judgement quoted in a report is the speaker's own word, not scare quotes
        "Mali expelled the Swedish ambassador. Sweden said in a statement that it "
        '"deplores" the decision. Israel said it "welcomes" the Egyptian proposal.',
        {
            ("Sweden", "criticizes", "Mali", False, True),
            ("Israel", "praises", "Egypt", False, True),
        },
        {("Sweden", "criticizes", "Mali", False, False)},
    ),
    (  # a bare spokesperson speaks for the body named just before, not the dateline's state
        "SEOUL, Aug 27 (AP) - South Korea and Japan agreed to restore a pact. China's foreign "
        "ministry said the pact would heighten confrontation. Spokeswoman Wang Lei warned "
        "Tokyo against deploying missiles.",
        {("China", "warns", "Japan", False, True)},
        {("South Korea", "warns", "Japan", False, True)},
    ),
    (  # "In <capital>," opening the sentence of a bare official: that state's official
        "Russian Foreign Ministry spokeswoman Yelena Sokolova called the sanctions illegal. "
        "The ministry said it was preparing countermeasures. In Beijing, foreign ministry "
        "spokesman Wang Lei accused the EU of hypocrisy.",
        {("China", "accuses", "European Union", False, True)},
        {("Russia", "accuses", "European Union", False, True)},
    ),
    (  # an official of no known state accusing a state: the charge is theirs, not asserted
        "Foreign Minister Hassan Abdelrahim accused the United Arab Emirates of arming the "
        "RSF. Canada will remove its tariffs on U.S. goods, Prime Minister Mark Carney said.",
        {
            ("United Arab Emirates", "providesWeaponsTo", "Rapid Support Forces", False, False),
            ("Canada", "agreesWith", "United States", False, True),  # a state's own step
        },
        {("United Arab Emirates", "providesWeaponsTo", "Rapid Support Forces", False, True)},
    ),
    (  # a deal that is the matter of talks is discussed, not made; a war discussed is told
        "Talks on a ceasefire between Israel and Hamas resumed in Cairo. Egypt hosted "
        "negotiations over a truce between Sudan and the RSF. The summit on Russia's "
        "invasion of Ukraine opened in Rome.",
        {
            ("Israel", "agreesWith", "Hamas", False, False),
            ("Russia", "invades", "Ukraine", False, True),
        },
        {
            ("Israel", "agreesWith", "Hamas", False, True),
            ("Sudan", "agreesWith", "Rapid Support Forces", False, True),
        },
    ),
    (  # named mediators hold talks with the sides, not with each other
        "Egyptian and Qatari mediators resumed talks in Cairo. Norway and Switzerland, the "
        "mediators, held talks in Oslo. Egyptian and Qatari officials held talks in Doha.",
        {("Qatar", "negotiatesWith", "Egypt", False, True)},
        {
            ("Egypt", "negotiatesWith", "Qatar", False, True),
            ("Norway", "negotiatesWith", "Switzerland", False, True),
        },
    ),
    (  # a person's title noun named before is no body for a later bare title of another
        "Britain's Indo-Pacific minister, Sarah Whitmore, said London supported Australia. "
        "Trade Minister Mark Brennan criticized China.",
        {("Mark Brennan", "criticizes", "China", False, True)},
        {("United Kingdom", "criticizes", "China", False, True)},
    ),
    (  # a demand in a verb coordinated with "said" is the speaker's, rejected by another
        "Serbia said Kosovo police had provoked Serbs and demanded the men's release within "
        "48 hours. Kosovo rejected the demand.",
        {("Kosovo", "rejects", "Serbia", False, True)},
        {("Kosovo", "rejects", None, False, True)},
    ),
    (  # a charge refuted is looked for past a quote and a second speaker
        "Thai Defence Minister Prasert Wongsuwan accused Cambodia of firing rockets into "
        'Sisaket. "Phnom Penh started this," he told reporters. Army spokesman Surin Thongdee '
        "said 40,000 residents had been evacuated. Residents fled overnight. Cambodia's "
        "defence ministry rejected the accusation.",
        {("Cambodia", "rejects", "Prasert Wongsuwan", False, True)},
        {("Cambodia", "rejects", None, False, True)},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), TABLE, ids=[t[0][:40] for t in TABLE])
def test_pipeline_table(nlp, facts, text, present, absent):
    found = facts(extract_statements(text, nlp=nlp))
    assert present <= found, found
    assert not (absent & found), found


def test_pipeline_official_speaks_for_body_and_is_kept_as_speaker(nlp):
    [st] = [
        s
        for s in extract_statements(
            "NATO Secretary-General Jens Stoltenberg criticized China.", nlp=nlp
        )
        if s.relation == "criticizes"
    ]
    assert st.subject.actor.label == "NATO"
    assert st.speaker is not None and st.speaker.actor.label == "Jens Stoltenberg"
    assert "Stoltenberg" in st.subject.mention.text


def test_pipeline_role_in_another_office_is_not_the_last_official(nlp):
    text = (
        "Greek Foreign Minister Giorgos Kalamaris criticized Turkey. The Greek prime minister "
        "condemned Turkey. NATO Secretary-General Jens Stoltenberg criticized China. The NATO "
        "chief condemned Russia."
    )
    speakers = {
        s.subject.mention.text: s.speaker and s.speaker.actor.label
        for s in extract_statements(text, nlp=nlp)
        if s.relation == "condemns"
    }
    # the prime minister is not the foreign minister; "chief" names no office of its own
    assert speakers == {"Greek prime minister": None, "NATO chief": "Jens Stoltenberg"}


def test_pipeline_his_is_the_titled_subject_of_its_clause(nlp):
    text = (
        "Pakistan's foreign minister Bilawal Bhutto Zardari criticized India. Russia's foreign "
        "minister also met his Indian counterpart in Goa."
    )
    doc = nlp(text)
    his = [m for m in doc._.graphkit_mentions if doc[m.start].lower_ == "his"]
    assert [m.actor.label for m in his] == ["Russia"]  # not the Pakistani named before


def test_pipeline_subject_pronoun_is_the_subject_of_the_sentence_before(nlp):
    text = (
        "NATO Secretary-General Jens Stoltenberg met Ukrainian Foreign Minister Dmytro "
        "Kuleba. He praised Kuleba."
    )
    doc = nlp(text)
    [he] = [m for m in doc._.graphkit_mentions if doc[m.start].lower_ == "he"]
    assert he.actor.label == "NATO"  # the centre of the sentence before, not its object
    assert he.speaker is not None and he.speaker.label == "Jens Stoltenberg"


def test_pipeline_dateline_is_no_actor_and_no_subject(nlp):
    text = "BAMAKO, March 3 (AP) — Mali's military junta on Sunday expelled the French ambassador."
    doc = nlp(text)
    assert next(doc.sents).text == "BAMAKO, March 3 (AP) —"
    assert all(doc[m.start].idx > text.index("—") for m in doc._.graphkit_mentions)
    [st] = extract_statements(doc)
    assert (st.subject.mention.text, st.relation) == ("Mali's military junta", "cutsTiesWith")


def test_pipeline_titled_mention_never_starts_with_a_possessive_marker(nlp):
    # the city is no body of the mayor: the mention stops at the title, not at "'s"
    [st] = extract_statements("Kyiv's mayor Vitali Klitschko criticized Zelensky.", nlp=nlp)
    assert st.subject.mention.text == "mayor Vitali Klitschko"


def test_pipeline_a_charge_is_no_title_of_the_name_after_it(nlp):
    # "a charge X rejected": X's mention is the name alone (a chargé d'affaires is a title)
    text = (
        "The White House accused the Mexican government of an alliance with drug cartels, a "
        "charge Sheinbaum has firmly rejected."
    )
    [st] = [s for s in extract_statements(text, nlp=nlp) if s.relation == "rejects"]
    assert (st.subject.actor.label, st.subject.mention.text) == ("Mexico", "Sheinbaum")


def test_pipeline_the_russian_side_is_russia_and_the_centre_of_its_sentence(nlp):
    # "the Russian side" is Russia (an organ noun, as "the Russian government"), so the
    # subject pronoun of the next sentence is Russia, not Azerbaijan named after it
    doc = nlp(
        "\u201cFirst, the Russian side must apologise to Azerbaijan. Second, it must admit its "
        "guilt,\u201d Azerbaijani President Ilham Aliyev said on Sunday."
    )
    found = {doc[m.start : m.end].text: m.actor.label for m in doc._.graphkit_mentions}
    assert found["Russian side"] == "Russia"
    assert found["it"] == "Russia"


def test_pipeline_surname_refers_back_to_the_full_name(nlp):
    text = (
        "NATO Secretary-General Jens Stoltenberg spoke on Monday. "
        "Stoltenberg later criticized Russia."
    )
    [st] = [s for s in extract_statements(text, nlp=nlp) if s.relation == "criticizes"]
    assert st.subject.actor.label == "NATO" and st.subject.mention.text == "Stoltenberg"


def test_pipeline_quote_followed_by_speaker_is_attributed(nlp):
    text = (
        "China's mission to the European Union disputed the analysis. "
        '"NATO is increasingly targeting China," the mission said.'
    )
    st = [s for s in extract_statements(text, nlp=nlp) if s.relation == "targets"]
    assert st and all(
        s.attributed_to is not None and s.attributed_to.label == "China" and not s.asserted
        for s in st
    )


#: Claims kept unasserted, with who makes them: (text, (subject, relation, object), speaker).
CLAIMS = [
    ("Kyiv accused Moscow of shelling Kharkiv.", ("Russia", "attacks", "Ukraine"), "Ukraine"),
    ("China arms Russia, the US says.", ("China", "providesWeaponsTo", "Russia"), "United States"),
    (  # a speaker's second verb, parsed as joined to the clause reported, is the speaker's
        "Foreign ministry spokesperson Guo Jiakun said the drills were a stern warning and "
        "accused Washington of interfering in China's internal affairs.",
        ("United States", "targets", "China"),
        "Guo Jiakun",
    ),
    (  # a predicate noun ("a warning") is no nearer thing "its" could be
        "China said the drills were a warning and accused Washington of interfering in its "
        "internal affairs.",
        ("United States", "targets", "China"),
        "China",
    ),
]


@pytest.mark.parametrize(("text", "claim", "speaker"), CLAIMS, ids=[t[:40] for t, _, _ in CLAIMS])
def test_pipeline_claim_is_attributed_to_its_speaker(nlp, text, claim, speaker):
    found = {
        (s.subject.actor.label, s.relation, s.object.actor.label): s
        for s in extract_statements(text, nlp=nlp)
        if s.object is not None
    }
    assert claim in found, sorted(found)
    st = found[claim]
    assert not st.asserted
    assert st.attributed_to is not None and st.attributed_to.label == speaker


def test_pipeline_capital_used_as_place_is_no_actor(nlp):
    sts = extract_statements(
        "NATO foreign ministers met in Brussels and criticized Russia.", nlp=nlp
    )
    assert sts, "the criticism is found"
    for s in sts:
        for side in (s.subject, s.object):
            assert side is None or "Brussels" not in side.mention.text


def test_pipeline_person_named_jordan_is_not_the_country(nlp):
    text = "Michael Jordan criticized Russia on Monday. Later, Jordan said he opposed the plan."
    sts = extract_statements(text, nlp=nlp)
    assert all(s.subject.actor.label != "Jordan" or s.subject.actor.type == "Person" for s in sts)
    assert any(s.subject.actor.type == "Person" and s.relation == "criticizes" for s in sts)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "\x00\x01\x02 control \x1b[31m chars \x7f",
        "Ünïcödé — “quotes” without actors.",
    ],
)
def test_pipeline_bad_input_gives_no_statements_and_no_crash(nlp, text):
    assert extract_statements(text, nlp=nlp) == []


def test_pipeline_rejects_non_text(nlp):
    with pytest.raises(InputError, match="int"):
        extract_statements(42, nlp=nlp)  # type: ignore[arg-type]


def test_pipeline_offsets_index_the_input_across_chunks(nlp):
    paragraph = (
        "Russia invaded Ukraine. Beijing criticized Washington. "
        "China refused to condemn Russia.\n\n"
    )
    text = paragraph * 12 + "\x00\x1b"
    [(_, chunked)] = list(extract_documents([Document("d", text)], nlp=nlp, chunk_chars=300))
    assert len([s for s in chunked if s.relation == "invades"]) == 12
    for s in chunked:
        assert s.doc == "d"
        assert text[s.evidence.start : s.evidence.end] == s.evidence.text
        for side in (s.subject, s.object, s.speaker):
            if side is not None:
                assert text[side.mention.start : side.mention.end] == side.mention.text


def test_pipeline_chunk_text_round_trips_and_respects_the_limit():
    text = ("A sentence here. " * 50 + "\n\n") * 40
    pieces = chunk_text(text, 1000)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 1000 for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)


@pytest.mark.slow
def test_pipeline_five_megabyte_text_is_chunked_without_crash():
    import spacy

    from graphkit.extract.pipeline import _register

    _register()
    light = spacy.blank("en")  # tokenizer only: the chunking and bookkeeping are under test
    light.add_pipe("graphkit_actors")
    light.add_pipe("graphkit_statements")
    text = ("Word " * 199 + "end.\n") * 5243  # ~5 MB, far above spaCy's max_length
    assert len(text) > 5_000_000
    [(doc, found)] = list(extract_documents([Document("big", text)], nlp=light))
    assert doc.id == "big" and found == []


def test_pipeline_extract_documents_keeps_order_and_ids(nlp):
    docs = [
        Document(f"d{i}", t)
        for i, t in enumerate(["Russia invaded Ukraine.", "", "Iran threatened to attack Israel."])
    ]
    out = list(extract_documents(docs, nlp=nlp, batch_size=2))
    assert [d.id for d, _ in out] == ["d0", "d1", "d2"]
    assert [len(s) > 0 for _, s in out] == [True, False, True]
    assert all(st.doc == d.id for d, sts in out for st in sts)


def test_pipeline_act_dated_years_before_its_document_is_history(nlp):
    text = "In 1982, Israel invaded Lebanon. On Thursday, Russia attacked Ukraine."
    docs = [Document("old", text, date="2024-05-01"), Document("then", text, date="1982-06-07")]
    asserted = {
        d.id: {(s.subject.actor.label, s.relation) for s in sts if s.asserted}
        for d, sts in extract_documents(docs, nlp=nlp)
    }
    assert asserted["old"] == {("Russia", "attacks")}  # 1982 is history in 2024
    assert asserted["then"] == {("Israel", "invades"), ("Russia", "attacks")}  # news in 1982


def test_pipeline_components_are_registered_and_statements_stored(nlp):
    assert nlp.pipe_names[-2:] == ["graphkit_actors", "graphkit_statements"]
    doc = nlp("Russia invaded Ukraine.")
    assert [s.relation for s in doc._.graphkit_statements] == ["invades"]
    assert [s.relation for s in extract_statements(doc, doc_id="x")] == ["invades"]


def test_pipeline_light_verb_and_its_act_noun_give_one_statement(nlp):
    text = "Senior Japanese and Indian diplomats held three days of talks in Tokyo."
    found = [
        (s.subject.actor.label, s.relation, s.object.actor.label if s.object else None)
        for s in extract_statements(text, nlp=nlp)
    ]
    assert found == [("India", "negotiatesWith", "Japan")]


def test_pipeline_footnote_markers_are_tokens_of_their_own(nlp):
    doc = nlp("The army rejected al-Freiji.[2] Qanbar announced the plan.[4][5]")
    words = [t.text for t in doc]
    assert words[words.index("Freiji") : words.index("Freiji") + 4] == [
        "Freiji",
        ".",
        "[2]",
        "Qanbar",
    ]
    assert words[-3:] == [".", "[4]", "[5]"]
    assert doc[words.index("Qanbar")].is_sent_start


def test_pipeline_co_prefixed_words_stay_whole_with_the_stem_lemma(nlp):
    doc = nlp("Britain co-sponsored it and co-operation grew, a UK-France and Iran-backed one.")
    words = [t.text for t in doc]
    assert "co-sponsored" in words and "co-operation" in words
    assert [doc[words.index(w)].lemma_ for w in ("co-sponsored", "co-operation")] == [
        "cosponsor",
        "cooperation",
    ]
    assert words[words.index("UK") : words.index("UK") + 3] == ["UK", "-", "France"]
    assert words[words.index("Iran") : words.index("Iran") + 3] == ["Iran", "-", "backed"]


def test_pipeline_joining_dash_is_parsed_as_a_hyphen_and_kept_in_the_evidence(nlp):
    text = "Talks went well.\nThe 1979 Egypt–Israel peace treaty held, 1980–88 aside."
    [st] = extract_statements(text, nlp=nlp)
    assert (st.subject.actor.label, st.relation, st.object.actor.label) == (
        "Egypt",
        "agreesWith",
        "Israel",
    )
    assert st.evidence.text == text[st.evidence.start : st.evidence.end]
    assert "Egypt–Israel" in st.evidence.text and "1980–88" in st.evidence.text
    assert text[st.subject.mention.start : st.subject.mention.end] == "Egypt"
    assert st.object.mention.text == "Israel"


def test_pipeline_hyphen_after_an_abbreviation_splits_as_after_a_name(nlp):
    words = [
        t.text for t in nlp.tokenizer("a U.S.-backed plan, a U.S.-Iraq pact, e.g. U.S. troops")
    ]
    assert words == [
        *("a", "U.S.", "-", "backed", "plan", ","),
        *("a", "U.S.", "-", "Iraq", "pact", ","),
        *("e.g.", "U.S.", "troops"),
    ]


def test_a_short_person_name_matches_only_as_written(nlp):
    doc = nlp("India named its playing XI. Xi criticized Japan.")
    found = {(doc[m.start : m.end].text, m.actor.label) for m in doc._.graphkit_mentions}
    assert ("Xi", "China") in found  # the leader, speaking for his state
    assert not any(text == "XI" and label in {"China", "Xi Jinping"} for text, label in found)


def test_pipeline_mention_leaves_the_datelines_dash_out(nlp):
    text = "BELGRADE - Serbian President Aleksandar Vucic met U.S. envoy Gabriel Escobar."
    [st] = extract_statements(text, nlp=nlp)
    assert st.subject.mention.text == "Serbian President Aleksandar Vucic"
    assert text[st.subject.mention.start : st.subject.mention.end] == st.subject.mention.text


def test_pipeline_sinking_prices_attack_nobody(nlp):
    text = "The company's shares sank after the announcement. Oil prices sank."
    assert extract_statements(text, nlp=nlp) == []


def test_pipeline_retaliation_evidence_runs_from_the_act_answered(nlp):
    text = "Talks failed. Israel struck a Hezbollah command centre. The group vowed to retaliate."
    [st] = [s for s in extract_statements(text, nlp=nlp) if s.relation == "threatens"]
    assert st.evidence.text == text[text.index("Israel") :]
    assert st.evidence.start <= st.object.mention.start < st.subject.mention.start
    assert st.object.mention.text == "Israel" and st.extras["answers"] == "attacks"


def test_pipeline_re_prefixed_irregular_past_takes_the_stem_lemma(nlp):
    doc = nlp("Iraqi forces retook Mosul. Rebels reran the vote, reset the clock and read it.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["retook"], lemmas["reran"]) == ("retake", "rerun")
    assert (lemmas["reset"], lemmas["read"]) == ("reset", "read")


def test_pipeline_judged_act_evidence_runs_from_the_act_referred_to(nlp):
    text = "Talks failed. Russia shelled Kharkiv overnight. Germany condemned the attack."
    [st] = [s for s in extract_statements(text, nlp=nlp) if s.relation == "condemns"]
    assert st.evidence.text == text[text.index("Russia") :]
    assert st.object.mention.text == "Russia" and st.extras["refers_to"] == "attacks"
    assert st.evidence.start <= st.object.mention.start < st.subject.mention.start
    assert st.to_dict()["notes"] == {"refers_to": "attacks"}  # the JSONL record says so


@pytest.mark.parametrize(
    "text",
    [
        '"We will never accept the annexation of Crimea," Ukrainian Foreign Minister Dmytro '
        'Kuleba told reporters. "Russia must leave our land."',
        "Following the talks, Foreign Secretary Boris Johnson said:\n"
        "\u201cThere is only one way to end this conflict. The international community must "
        "now work to support a ceasefire.\u201d",
    ],
)
def test_pipeline_evidence_holds_both_mentions_across_a_quote(nlp, text):
    found = [s for s in extract_statements(text, nlp=nlp) if s.relation == "demands"]
    assert found
    for st in found:
        ev = st.evidence
        assert text[ev.start : ev.end] == ev.text
        assert ev.start <= st.subject.mention.start < st.subject.mention.end <= ev.end
        assert ev.start <= st.object.mention.start < st.object.mention.end <= ev.end
