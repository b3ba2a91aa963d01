"""Tests for medialit.sources: news sentences and passages, the article's key, chains, drawing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import medialit
from medialit.analysis import analyze
from medialit.article import Article
from medialit.sources import (
    KIND_LABELS,
    KINDS,
    Chain,
    Source,
    draw_chain,
    identify,
    iter_mentions,
    kind_label,
    sources,
    transmission_chains,
)

# (mention as written, canonical name, kind, role) for every source in the sentence, in
# the order of the text. The sentences are the kit's own, written for these tests.
TABLE: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # reporting verb after its subject; possessive country and "Foreign Ministry"
    (
        "Ukraine's Foreign Ministry said on Monday that talks would resume.",
        [
            (
                "Ukraine's Foreign Ministry",
                "Ukrainian Ministry of Foreign Affairs",
                "ministry_or_agency",
                "speaker",
            )
        ],
    ),
    # the inverted "said X" after a quote, with a title before the name
    (
        "“We will not back down,” said presidential spokesman Marta Ruiz.",
        [("presidential spokesman Marta Ruiz", "Marta Ruiz", "person", "speaker")],
    ),
    # "according to" a capital standing for its government
    (
        "According to Washington, the troops have not moved.",
        [("Washington", "US government", "government", "speaker")],
    ),
    # "X said, quoted by Y"
    (
        "The talks were cancelled, the Ministry of Defence said, quoted by the Interfax agency.",
        [
            ("Ministry of Defence", "Ministry of Defence", "ministry_or_agency", "speaker"),
            ("Interfax agency", "Interfax", "news_organisation", "intermediary"),
        ],
    ),
    # "Y reported, citing X", with a vague source
    (
        "Interfax reported, citing a source close to the negotiations, that the deal was off.",
        [
            ("Interfax", "Interfax", "news_organisation", "intermediary"),
            (
                "a source close to the negotiations",
                "a source close to the negotiations",
                "vague",
                "speaker",
            ),
        ],
    ),
    # "X told Y", Y a news organisation; an unnamed spokesman of an unnamed government
    (
        "A government spokesman told Reuters the plan was dead.",
        [
            ("A government spokesman", "a government spokesman", "vague", "speaker"),
            ("Reuters", "Reuters", "news_organisation", "intermediary"),
        ],
    ),
    (
        "Officials said the bridge would reopen next week.",
        [("Officials", "officials", "vague", "speaker")],
    ),
    (
        "Western diplomats say the sanctions are working.",
        [("Western diplomats", "western diplomats", "vague", "speaker")],
    ),
    # "told reporters": the reporters only heard it; they pass nothing on
    (
        "The minister told reporters that the border would stay closed.",
        [("minister", "minister", "person", "speaker")],
    ),
    (
        "The ministry said the documents were genuine.",
        [("ministry", "ministry", "ministry_or_agency", "speaker")],
    ),
    (
        "Ankara denied any plans to invade.",
        [("Ankara", "Turkish government", "government", "speaker")],
    ),
    (
        "The White House warned of severe consequences.",
        [("White House", "US government", "government", "speaker")],
    ),
    # an acronym in brackets, then the acronym alone
    (
        "The European Centre for Disease Prevention and Control (ECDC) said cases were rising. "
        "The ECDC added that hospitals were full.",
        [
            (
                "European Centre for Disease Prevention and Control",
                "European Centre for Disease Prevention and Control",
                "organisation",
                "speaker",
            ),
            (
                "ECDC",
                "European Centre for Disease Prevention and Control",
                "organisation",
                "speaker",
            ),
        ],
    ),
    # an appositive between the name and the verb; the surname later
    (
        "Anna Berg, the council's finance chief, said the budget was ready. "
        "Berg added that cuts were possible.",
        [
            ("Anna Berg", "Anna Berg", "person", "speaker"),
            ("Berg", "Anna Berg", "person", "speaker"),
        ],
    ),
    (
        "Ion Popa told the Agerpres news agency that Bucharest was open to talks.",
        [
            ("Ion Popa", "Ion Popa", "person", "speaker"),
            ("Agerpres news agency", "Agerpres", "news_organisation", "intermediary"),
        ],
    ),
    # no source at all
    ("The claims could not be independently verified.", []),
    ("Prices rose by 5% in March.", []),
    ("Poland massed troops near the border.", []),
    ("Brazil invites Chile to talks on trade", []),
    ("He said the decision was final.", []),
    ("The weather was cold and the streets were empty.", []),
    ("Protesters gathered outside the embassy on Sunday.", []),
    ("Foreign Minister Ana Lima met her Spanish counterpart in Madrid.", []),
    (
        "A senior US official, who spoke on condition of anonymity, said Washington would respond.",
        [("A senior US official", "a senior US official", "vague", "speaker")],
    ),
    (
        "Japanese officials said the drills were routine.",
        [("Japanese officials", "Japanese officials", "vague", "speaker")],
    ),
    (
        "People familiar with the matter said the deal was close.",
        [
            (
                "People familiar with the matter",
                "people familiar with the matter",
                "vague",
                "speaker",
            )
        ],
    ),
    (
        "The Chinese news agency Xinhua reported that the talks had begun.",
        [("Chinese news agency Xinhua", "Xinhua", "news_organisation", "speaker")],
    ),
    (
        "Le Figaro, citing two sources, reported that the minister would resign.",
        [
            ("Le Figaro", "Le Figaro", "news_organisation", "intermediary"),
            ("two sources", "two sources", "vague", "speaker"),
        ],
    ),
    (
        "The Washington Post reported on Sunday that the deal had collapsed.",
        [("Washington Post", "The Washington Post", "news_organisation", "speaker")],
    ),
    # two capitals joined by "and"
    (
        "Beijing and Washington both said they wanted calm.",
        [
            ("Beijing", "Chinese government", "government", "speaker"),
            ("Washington", "US government", "government", "speaker"),
        ],
    ),
    (
        "The Pentagon said two drones were shot down.",
        [("Pentagon", "US Department of Defense", "ministry_or_agency", "speaker")],
    ),
    (
        "Experts warn that the virus may spread further.",
        [("Experts", "experts", "vague", "speaker")],
    ),
    (
        "Al Jazeera, quoting local residents, said the market had been hit.",
        [
            ("Al Jazeera", "Al Jazeera", "news_organisation", "intermediary"),
            ("local residents", "local residents", "vague", "speaker"),
        ],
    ),
    # "Y quoted X as saying"
    (
        "Yonhap quoted Deputy Defence Minister Kim Sun as saying that Seoul would respond.",
        [
            ("Yonhap", "Yonhap", "news_organisation", "intermediary"),
            ("Deputy Defence Minister Kim Sun", "Kim Sun", "person", "speaker"),
        ],
    ),
    (
        "Germany's Chancellor Olaf Scholz said the pipeline would not open.",
        [("Germany's Chancellor Olaf Scholz", "Olaf Scholz", "person", "speaker")],
    ),
    (
        "Brussels said the sanctions would stay in place.",
        [("Brussels", "European Union", "organisation", "speaker")],
    ),
    (
        "Iran's government rejected the report.",
        [("Iran's government", "Iranian government", "government", "speaker")],
    ),
    # "the company" refers back to the body named before it
    (
        "Acme Corp said profits fell. The company added that it would cut jobs.",
        [
            ("Acme Corp", "Acme Corp", "organisation", "speaker"),
            ("company", "Acme Corp", "organisation", "speaker"),
        ],
    ),
    # a qualifier that ends in a name: the source is the vague one, not the name
    (
        "Sources close to the Kremlin told Interfax the talks were over.",
        [
            (
                "Sources close to the Kremlin",
                "sources close to the Kremlin",
                "vague",
                "speaker",
            ),
            ("Interfax", "Interfax", "news_organisation", "intermediary"),
        ],
    ),
    # "did not respond": no one said anything
    ("The Kremlin did not immediately respond to a request for comment.", []),
    (
        "The finance ministry declined to comment, but a source familiar with its thinking "
        "said the decision was welcome.",
        [
            (
                "a source familiar with its thinking",
                "a source familiar with its thinking",
                "vague",
                "speaker",
            )
        ],
    ),
    # "a spokesman for X" credits X
    (
        "The talks are over, said a spokesman for the Health Ministry.",
        [
            (
                "a spokesman for the Health Ministry",
                "Ministry of Health",
                "ministry_or_agency",
                "speaker",
            )
        ],
    ),
    # a source behind a document: "according to a report by X"
    (
        "According to a report by Amnesty International, at least 20 people died.",
        [("Amnesty International", "Amnesty International", "organisation", "speaker")],
    ),
    (
        "Researchers at Oxford University found that the drug worked.",
        [
            (
                "Researchers at Oxford University",
                "researchers at Oxford University",
                "vague",
                "speaker",
            )
        ],
    ),
    # a name in apposition after its title; a surname after "Mr"
    (
        "The company's chief executive, Jane Roe, said sales fell.",
        [("Jane Roe", "Jane Roe", "person", "speaker")],
    ),
    (
        "Mr Okafor said he would resign. Okafor, 54, denied any wrongdoing.",
        [
            ("Mr Okafor", "Okafor", "person", "speaker"),
            ("Okafor", "Okafor", "person", "speaker"),
        ],
    ),
    # "told X in an interview": the outlet is the intermediary; "in" does not make it vague
    (
        "Kenya's President William Ruto told Al Jazeera in an interview that the vote was fair.",
        [
            ("Kenya's President William Ruto", "William Ruto", "person", "speaker"),
            ("Al Jazeera", "Al Jazeera", "news_organisation", "intermediary"),
        ],
    ),
    (
        "Two people were killed, the regional governor said on Telegram.",
        [("regional governor", "regional governor", "person", "speaker")],
    ),
    # "of" and a country after the name of a ministry
    (
        "The Ministry of Health of the Republic of Korea said so.",
        [
            (
                "Ministry of Health of the Republic of Korea",
                "South Korean Ministry of Health",
                "ministry_or_agency",
                "speaker",
            )
        ],
    ),
    # a title alone refers back to the person who holds it
    (
        "President Ana Lima said the vote was fair. The President added that she would stay.",
        [
            ("President Ana Lima", "Ana Lima", "person", "speaker"),
            ("President", "Ana Lima", "person", "speaker"),
        ],
    ),
    # "X said ..., Y reported": the outlet passed the police's words on
    (
        "The police said three people were injured, the BBC reported.",
        [
            ("police", "police", "ministry_or_agency", "speaker"),
            ("BBC", "BBC", "news_organisation", "intermediary"),
        ],
    ),
    # "Foreign Ministry" and "Ministry of Foreign Affairs" are one body
    (
        "The Polish Foreign Ministry protested. Later the Polish Ministry of Foreign Affairs "
        "said the envoy had been recalled.",
        [
            (
                "Polish Foreign Ministry",
                "Polish Ministry of Foreign Affairs",
                "ministry_or_agency",
                "speaker",
            ),
            (
                "Polish Ministry of Foreign Affairs",
                "Polish Ministry of Foreign Affairs",
                "ministry_or_agency",
                "speaker",
            ),
        ],
    ),
]


# Short news passages in many genres and both British and American style (wire copy with
# datelines, local news, business, science, sport, courts, health, politics), with invented
# people, places and bodies. They test that the rules hold for English news in general, not
# for one article: each row is what a careful annotator marks, in the order of the text.
NEWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # wire copy: a dateline, a body named by its head, a titled spokesman, a negation
    (
        "BRADFORD FALLS, Ohio, May 3 (AP) - The National Rail Safety Board said on Friday it "
        "would inspect every bridge on the line. “We are taking this step out of caution,” board "
        "spokesman Tom Briggs said in a statement. The operator, Midland Freight Inc, did not "
        "immediately respond to a request for comment.",
        [
            (
                "National Rail Safety Board",
                "National Rail Safety Board",
                "ministry_or_agency",
                "speaker",
            ),
            ("board spokesman Tom Briggs", "Tom Briggs", "person", "speaker"),
        ],
    ),
    # British police: a force's spokesperson, a rank before a name
    (
        "Police in Marlow Bridge have appealed for witnesses after a woman was injured in a "
        "hit-and-run on Saturday night. A Teesmoor Police spokesperson said the woman, 34, was "
        "taken to hospital. “We are keen to hear from anyone who saw a dark blue van,” Detective "
        "Sergeant Amy Clarke said.",
        [
            ("A Teesmoor Police spokesperson", "Teesmoor Police", "ministry_or_agency", "speaker"),
            ("Detective Sergeant Amy Clarke", "Amy Clarke", "person", "speaker"),
        ],
    ),
    # business: a lower-case title, analysts at a bank, "the company" after its name
    (
        "Shares in Greyfield Foods fell 8% on Tuesday after the supermarket supplier cut its "
        "profit forecast. Chief executive Martin Olsen told investors that higher energy costs "
        "had hit margins. Analysts at Hollins Bank said the warning was “worse than feared”. "
        "The company said it would close two factories.",
        [
            ("Chief executive Martin Olsen", "Martin Olsen", "person", "speaker"),
            ("Analysts at Hollins Bank", "analysts at Hollins Bank", "vague", "speaker"),
            ("company", "Greyfield Foods", "organisation", "speaker"),
        ],
    ),
    # science: a study by an institute, an inverted speaker with "of", other scientists
    (
        "Coral reefs in the Keldan Sea are recovering faster than expected, according to a "
        "study published on Wednesday by the Westhaven Marine Institute. “The results surprised "
        "us,” said Dr Priya Nair of the University of Westhaven. Other scientists urged caution, "
        "noting that the survey covered only three years.",
        [
            ("Westhaven Marine Institute", "Westhaven Marine Institute", "organisation", "speaker"),
            ("Dr Priya Nair", "Priya Nair", "person", "speaker"),
            ("Other scientists", "other scientists", "vague", "speaker"),
        ],
    ),
    # a US court: a judge who wrote, an office with a possessive, lawyers who declined
    (
        "A federal judge on Monday blocked the state's new voting law. In a 40-page ruling, "
        "U.S. District Judge Helen Marsh wrote that the law “places an undue burden” on voters. "
        "The state attorney general's office said it would appeal. Lawyers for the plaintiffs "
        "declined to comment.",
        [
            ("U.S. District Judge Helen Marsh", "Helen Marsh", "person", "speaker"),
            (
                "state attorney general's office",
                "state attorney general's office",
                "ministry_or_agency",
                "speaker",
            ),
        ],
    ),
    # British health: a secretary, a department "for", a royal college, managers
    (
        "Health Secretary Mark Dunmore has announced an extra £200m for hospitals in the "
        "north-east. The money will pay for 500 new beds, the Department for Health and Social "
        "Care said. But the Royal College of Nursing said the sum fell “far short” of what was "
        "needed. NHS managers have warned of a difficult winter.",
        [
            ("Health Secretary Mark Dunmore", "Mark Dunmore", "person", "speaker"),
            (
                "Department for Health and Social Care",
                "Department for Health and Social Care",
                "ministry_or_agency",
                "speaker",
            ),
            ("Royal College of Nursing", "Royal College of Nursing", "organisation", "speaker"),
            ("NHS managers", "NHS managers", "vague", "speaker"),
        ],
    ),
    # US politics: an appositive, party leaders, a refusal
    (
        "Senator Ruth Callow, a Democrat from Oregon, said on Thursday that she would vote "
        "against the bill. Republican leaders have said they are confident the measure will "
        "pass. The White House declined to comment.",
        [
            ("Senator Ruth Callow", "Ruth Callow", "person", "speaker"),
            ("Republican leaders", "Republican leaders", "vague", "speaker"),
        ],
    ),
    # sport: a manager, a captain in apposition, a radio station as intermediary
    (
        "Portvale United manager Steve Adebayo said his side had “deserved more” after a 1-1 "
        "draw on Saturday. The club's captain, Leo Marsh, told Radio Kelby that the referee had "
        "made “a big mistake”. The Football Association said it would review the incident.",
        [
            ("Portvale United manager Steve Adebayo", "Steve Adebayo", "person", "speaker"),
            ("Leo Marsh", "Leo Marsh", "person", "speaker"),
            ("Radio Kelby", "Radio Kelby", "news_organisation", "intermediary"),
            ("Football Association", "Football Association", "organisation", "speaker"),
        ],
    ),
    # British politics: a seat of government, a government source, a newspaper, MPs
    (
        "Downing Street has insisted there are no plans to raise fuel duty. A government "
        "source told the Portvale Tribune that ministers were “looking at all options”. Some "
        "Conservative MPs have privately warned that a rise would be unpopular.",
        [
            ("Downing Street", "British government", "government", "speaker"),
            ("A government source", "a government source", "vague", "speaker"),
            ("Portvale Tribune", "Portvale Tribune", "news_organisation", "intermediary"),
            ("Some Conservative MPs", "some Conservative MPs", "vague", "speaker"),
        ],
    ),
    # "have long warned", figures released by an office, critics of the government
    (
        "Economists have long warned that the housing market is overheating. According to "
        "figures released by the Office for Regional Statistics on Wednesday, house prices rose "
        "9% last year. Critics of the government say the figures show its policy has failed.",
        [
            ("Economists", "economists", "vague", "speaker"),
            (
                "Office for Regional Statistics",
                "Office for Regional Statistics",
                "ministry_or_agency",
                "speaker",
            ),
            ("Critics of the government", "critics of the government", "vague", "speaker"),
        ],
    ),
    # local US news: a superintendent, a parent after a quote, some teachers
    (
        "The Millbrook school board voted 5-2 on Tuesday to close Lincoln Elementary. "
        "Superintendent Carla Diaz said enrollment had dropped by a third since 2015. “This is "
        "a sad day for our community,” said Jenna Wells, who has two children at the school. "
        "Some teachers said they learned of the plan from social media.",
        [
            ("Superintendent Carla Diaz", "Carla Diaz", "person", "speaker"),
            ("Jenna Wells", "Jenna Wells", "person", "speaker"),
            ("Some teachers", "some teachers", "vague", "speaker"),
        ],
    ),
    # a British court: the court as audience, the prosecution service
    (
        "A former care worker has been jailed for six years for stealing from elderly "
        "residents. Judge Anthony Greer told Kelby Crown Court that Daniel Rowe, 41, had shown "
        "“a cynical disregard” for his victims. The Crown Prosecution Service said the sentence "
        "sent a clear message.",
        [
            ("Judge Anthony Greer", "Anthony Greer", "person", "speaker"),
            (
                "Crown Prosecution Service",
                "Crown Prosecution Service",
                "ministry_or_agency",
                "speaker",
            ),
        ],
    ),
    # two diplomats with a qualifier; a ministry that did not respond; a government's denial
    (
        "Talks between Bolivia and Paraguay on the dispute have stalled, two diplomats "
        "familiar with the negotiations said on Sunday. Bolivia's foreign ministry did not "
        "respond to a request for comment. Paraguay's government has repeatedly denied sending "
        "troops across the border.",
        [
            (
                "two diplomats familiar with the negotiations",
                "two diplomats familiar with the negotiations",
                "vague",
                "speaker",
            ),
            ("Paraguay's government", "Paraguayan government", "government", "speaker"),
        ],
    ),
    # people familiar with the matter; an outlet citing people briefed on the plans
    (
        "Norvik Energy is in talks to buy a rival wind farm developer, according to people "
        "familiar with the matter. The deal could be announced as soon as next week, Bloomberg "
        "News reported, citing two people briefed on the plans. Norvik declined to comment.",
        [
            (
                "people familiar with the matter",
                "people familiar with the matter",
                "vague",
                "speaker",
            ),
            ("Bloomberg News", "Bloomberg", "news_organisation", "intermediary"),
            (
                "two people briefed on the plans",
                "two people briefed on the plans",
                "vague",
                "speaker",
            ),
        ],
    ),
    # a county department, a hospital spokeswoman, an evening paper
    (
        "The hospital was evacuated on Thursday after a fire broke out in its basement, the "
        "county fire department said. No patients were hurt, a hospital spokeswoman told the "
        "Evening Courier. The cause of the fire is being investigated.",
        [
            ("county fire department", "county fire department", "ministry_or_agency", "speaker"),
            ("a hospital spokeswoman", "a hospital spokeswoman", "vague", "speaker"),
            ("Evening Courier", "Evening Courier", "news_organisation", "intermediary"),
        ],
    ),
    # "Neither X nor Y commented", "No one ... responded": no one said anything
    (
        "Neither the mayor nor the police commissioner commented on the report. A city hall "
        "official, who asked not to be named, said the two had not spoken in weeks. No one at "
        "the department responded to emails.",
        [("A city hall official", "a city hall official", "vague", "speaker")],
    ),
    # a quote across two sentences, "She added", an authority
    (
        "“We have never seen numbers like this,” said Dr Amara Okoye, an epidemiologist at "
        "Linford University. “The next two weeks will be critical.” She added that vaccination "
        "rates in the region remained low. The regional health authority said it was opening "
        "three new clinics.",
        [
            ("Dr Amara Okoye", "Amara Okoye", "person", "speaker"),
            (
                "regional health authority",
                "regional health authority",
                "ministry_or_agency",
                "speaker",
            ),
        ],
    ),
    # a company "Ltd", a union named by its acronym, a local MP
    (
        "Harlow Brewing Ltd announced on Monday that it would cut 120 jobs at its Kesgrave "
        "plant. The GMB union said the decision was “a hammer blow” for the town. Local MP "
        "Sarah Quinn said she had written to the company's chairman.",
        [
            ("Harlow Brewing Ltd", "Harlow Brewing Ltd", "organisation", "speaker"),
            ("GMB union", "GMB", "organisation", "speaker"),
            ("Local MP Sarah Quinn", "Sarah Quinn", "person", "speaker"),
        ],
    ),
    # a report published by a foundation, "the charity", a department "for"
    (
        "Nearly one in four children in the region live in poverty, according to a report "
        "published on Tuesday by the Hartwell Foundation. The charity said cuts to benefits "
        "were largely to blame. The Department for Work and Pensions said it did not recognise "
        "the figures.",
        [
            ("Hartwell Foundation", "Hartwell Foundation", "organisation", "speaker"),
            ("charity", "Hartwell Foundation", "organisation", "speaker"),
            (
                "Department for Work and Pensions",
                "Department for Work and Pensions",
                "ministry_or_agency",
                "speaker",
            ),
        ],
    ),
    # a central bank ("..., saying"), a governor at a news conference, some economists
    (
        "OSLO, Aug 9 (Reuters) - Norway's central bank raised interest rates by half a point on "
        "Thursday, saying inflation remained “stubbornly high”. Governor Eva Lund told a news "
        "conference that further rises could not be ruled out. Some economists warned that the "
        "rise could tip the economy into recession.",
        [
            ("Norway's central bank", "Norwegian central bank", "ministry_or_agency", "speaker"),
            ("Governor Eva Lund", "Eva Lund", "person", "speaker"),
            ("Some economists", "some economists", "vague", "speaker"),
        ],
    ),
    # a surname alone after the full name, a tournament director
    (
        "Tennis star Mia Kovacs has pulled out of next week's Riverside Open with a wrist "
        "injury. “I'm devastated,” Kovacs wrote on Instagram. Tournament director Paul Haines "
        "said organisers were “disappointed but understanding”.",
        [
            ("Kovacs", "Mia Kovacs", "person", "speaker"),
            ("Tournament director Paul Haines", "Paul Haines", "person", "speaker"),
        ],
    ),
    # state officials, a county department after "according to", parents who spoke to a paper
    (
        "Cases of measles have risen to 48 in Dallin County, state health officials said "
        "Friday. The outbreak began at a private school, according to the county health "
        "department. Parents who spoke to the Daily Ledger said they had not been notified.",
        [
            ("state health officials", "state health officials", "vague", "speaker"),
            (
                "county health department",
                "county health department",
                "ministry_or_agency",
                "speaker",
            ),
            (
                "Parents who spoke to the Daily Ledger",
                "parents who spoke to the Daily Ledger",
                "vague",
                "speaker",
            ),
        ],
    ),
    # organisers; a passive "were said to"; a statement from a company
    (
        "The festival will not return next year, organisers announced on Wednesday. Ticket "
        "sales were said to have fallen by half. A statement from Brookfield Events blamed "
        "rising costs.",
        [
            ("organisers", "organisers", "vague", "speaker"),
            ("Brookfield Events", "Brookfield Events", "organisation", "speaker"),
        ],
    ),
    # US titles: House Speaker, Treasury Secretary; CNN; aides
    (
        "House Speaker Dana Whitfield told CNN on Sunday that a deal on the budget was “within "
        "reach”. Treasury Secretary Alan Brooks said in a statement that the department was "
        "ready to act. Two Republican aides said talks would resume on Monday.",
        [
            ("House Speaker Dana Whitfield", "Dana Whitfield", "person", "speaker"),
            ("CNN", "CNN", "news_organisation", "intermediary"),
            ("Treasury Secretary Alan Brooks", "Alan Brooks", "person", "speaker"),
            ("Two Republican aides", "two Republican aides", "vague", "speaker"),
        ],
    ),
    # a commissioner told reporters; industry groups
    (
        "BRUSSELS (AFP) - The European Commission on Tuesday proposed new rules on plastic "
        "packaging. Environment Commissioner Lena Vogt told reporters the plan would cut waste "
        "by a fifth by 2030. Industry groups criticised the proposal.",
        [
            ("Environment Commissioner Lena Vogt", "Lena Vogt", "person", "speaker"),
            ("Industry groups", "industry groups", "vague", "speaker"),
        ],
    ),
    # an agency, a council's spokesman quoted by a station, residents told "the station"
    (
        "Flooding closed the main road near Thornby on Friday, the Environment Agency said. A "
        "spokesman for Thornby Borough Council, quoted by the local radio station Dale FM, said "
        "crews were working through the night. Residents told the station they had received no "
        "warning.",
        [
            ("Environment Agency", "Environment Agency", "ministry_or_agency", "speaker"),
            (
                "A spokesman for Thornby Borough Council",
                "Thornby Borough Council",
                "ministry_or_agency",
                "speaker",
            ),
            ("local radio station Dale FM", "Dale FM", "news_organisation", "intermediary"),
            ("Residents", "residents", "vague", "speaker"),
            ("station", "Dale FM", "news_organisation", "intermediary"),
        ],
    ),
    # a newspaper, then "the newspaper"; the minister's office
    (
        "The Daily Beacon reported on Monday that the minister had used a government credit "
        "card for private purchases. The newspaper said it had seen receipts totalling £4,000. "
        "The minister's office said all expenses had been repaid.",
        [
            ("Daily Beacon", "Daily Beacon", "news_organisation", "speaker"),
            ("newspaper", "Daily Beacon", "news_organisation", "speaker"),
            ("minister's office", "minister's office", "ministry_or_agency", "speaker"),
        ],
    ),
    # court documents, prosecutors, a lawyer who did not return a call
    (
        "A Riverton man has been charged with fraud after selling fake concert tickets online, "
        "according to court documents. Prosecutors say Kevin Doyle, 29, made more than $50,000 "
        "from the scheme. His lawyer did not return a call seeking comment.",
        [
            ("court documents", "court documents", "vague", "speaker"),
            ("Prosecutors", "prosecutors", "vague", "speaker"),
        ],
    ),
    # a minister, opposition parties, an association with a country adjective, managers
    (
        "Health Minister Jane Doe said on Tuesday that waiting lists had fallen for the first "
        "time in three years. Opposition parties said the figures were misleading, and the "
        "British Medical Association said doctors were “exhausted”. Hospital managers, speaking "
        "on condition of anonymity, said the improvement was temporary.",
        [
            ("Health Minister Jane Doe", "Jane Doe", "person", "speaker"),
            ("Opposition parties", "opposition parties", "vague", "speaker"),
            (
                "British Medical Association",
                "British Medical Association",
                "organisation",
                "speaker",
            ),
            ("Hospital managers", "hospital managers", "vague", "speaker"),
        ],
    ),
    # "said of", then "He said": a pronoun names no one new
    (
        "“It was the hardest decision of my life,” Coach Dave Lindqvist said of his "
        "retirement. “But it is time.” He said he would stay on as an adviser to the club.",
        [("Coach Dave Lindqvist", "Dave Lindqvist", "person", "speaker")],
    ),
    # "said X, a spokesperson for Y"; "the utility" refers back to the company
    (
        "The plant will reopen in June, said Maria Olsen, a spokesperson for Northgate Water. "
        "Customers will not be charged for the disruption, the utility added.",
        [
            ("Maria Olsen", "Maria Olsen", "person", "speaker"),
            ("utility", "Northgate Water", "organisation", "speaker"),
        ],
    ),
    # "Ms." with a full stop, an employer in apposition
    (
        "Ms. Alvarez, 52, said in an interview that she had not been paid since March. Her "
        "employer, Tri-County Cleaning Services, said the delay was caused by a “banking "
        "error”.",
        [
            ("Ms. Alvarez", "Alvarez", "person", "speaker"),
            (
                "Tri-County Cleaning Services",
                "Tri-County Cleaning Services",
                "organisation",
                "speaker",
            ),
        ],
    ),
    # no source: passives and plain facts
    (
        "The bridge, which opened in 1932, carries about 40,000 vehicles a day. Repairs are "
        "expected to take two years and cost £30m.",
        [],
    ),
    (
        "Temperatures are forecast to reach 35C on Thursday. Councils have opened cooling "
        "centres in libraries and sports halls.",
        [],
    ),
    (
        "LAGOS, June 2 (Reuters) - Nigeria's central bank on Tuesday held its benchmark rate at "
        "18.75%, Governor Amos Bello told reporters. Analysts polled by Reuters had expected the "
        "hold. The naira weakened after the decision, traders said.",
        [
            ("Governor Amos Bello", "Amos Bello", "person", "speaker"),
            ("traders", "traders", "vague", "speaker"),
        ],
    ),
    (
        "The Marlowe County Sheriff's Office said two deputies were injured during the arrest. "
        "Sheriff Dan Pruitt told the Marlowe Gazette that both were in stable condition.",
        [
            (
                "Marlowe County Sheriff's Office",
                "Marlowe County Sheriff's Office",
                "ministry_or_agency",
                "speaker",
            ),
            ("Sheriff Dan Pruitt", "Dan Pruitt", "person", "speaker"),
            ("Marlowe Gazette", "Marlowe Gazette", "news_organisation", "intermediary"),
        ],
    ),
    (
        "Fenwick Airways cancelled 200 flights on Monday because of a strike by baggage handlers. "
        "The airline said it was “deeply sorry” for the disruption. The Unite union said its "
        "members had been offered a pay rise below inflation.",
        [
            ("airline", "Fenwick Airways", "organisation", "speaker"),
            ("Unite union", "Unite", "organisation", "speaker"),
        ],
    ),
    (
        "Scientists at the University of Carrow have developed a blood test that can detect "
        "seven cancers, they reported in the journal Nature Medicine. “This could change "
        "screening,” said Professor Ian Holt, who led the work. Independent experts said larger "
        "trials were needed.",
        [
            ("Professor Ian Holt", "Ian Holt", "person", "speaker"),
            ("Independent experts", "independent experts", "vague", "speaker"),
        ],
    ),
    (
        "The mayor's office did not respond to questions on Friday. A city spokesperson, "
        "however, said the budget gap was “manageable”. Some council members have called for "
        "an audit.",
        [
            ("A city spokesperson", "a city spokesperson", "vague", "speaker"),
        ],
    ),
    (
        "Police said a 52-year-old man had been arrested on suspicion of murder. Detective "
        "Inspector Ruth Hale said officers were “keeping an open mind”. Neighbours told the "
        "Kelby Echo they had heard shouting.",
        [
            ("Police", "police", "ministry_or_agency", "speaker"),
            ("Detective Inspector Ruth Hale", "Ruth Hale", "person", "speaker"),
            ("Neighbours", "neighbours", "vague", "speaker"),
            ("Kelby Echo", "Kelby Echo", "news_organisation", "intermediary"),
        ],
    ),
    (
        "Orland Pharmaceuticals said on Wednesday that its new drug had cut hospital admissions "
        "by a third in a late-stage trial. Shares in the company rose 12%. Some doctors cautioned "
        "that the trial was small.",
        [
            ("Orland Pharmaceuticals", "Orland Pharmaceuticals", "organisation", "speaker"),
            ("Some doctors", "some doctors", "vague", "speaker"),
        ],
    ),
    (
        "The Ministry of Education announced that exams would be held as planned. Parents' "
        "groups criticised the decision, and the National Union of Teachers said it would "
        "consult its members.",
        [
            ("Ministry of Education", "Ministry of Education", "ministry_or_agency", "speaker"),
            ("Parents' groups", "parents' groups", "vague", "speaker"),
            ("National Union of Teachers", "National Union of Teachers", "organisation", "speaker"),
        ],
    ),
    (
        "“We are devastated,” the family said in a statement released through the police. "
        "They asked for privacy.",
        [("family", "family", "vague", "speaker")],
    ),
    (
        "Coach Maria Santos praised her players after the win. “They never gave up,” she said. "
        "Captain Jo Baker added that the team was “buzzing”.",
        [
            ("Captain Jo Baker", "Jo Baker", "person", "speaker"),
        ],
    ),
    (
        "Talks on a new trade deal have stalled, according to officials in Ottawa and Canberra. "
        "Canada's trade minister declined to comment.",
        [
            (
                "officials in Ottawa and Canberra",
                "officials in Ottawa and Canberra",
                "vague",
                "speaker",
            ),
        ],
    ),
    (
        "A report by the Office for Budget Responsibility warned that debt would keep rising. "
        "The Treasury said the figures showed the need for restraint.",
        [
            (
                "Office for Budget Responsibility",
                "Office for Budget Responsibility",
                "ministry_or_agency",
                "speaker",
            ),
            ("Treasury", "Treasury", "ministry_or_agency", "speaker"),
        ],
    ),
    # a whole story: a company and "the company", a chief executive in apposition, a station,
    # a regulator named after its noun, a department whose name holds a list
    (
        "Drought forces water restrictions across the south\n\nBy Priya Raman, Environment "
        "Correspondent\n\nHOLLOWAY, July 12 - Millions of households in the south will face a "
        "hosepipe ban from next week, Southern Valley Water said on Thursday, after the driest "
        "spring since records began.\n\nThe company said reservoir levels had fallen to 54 "
        "percent, well below the average for July. “We are asking customers to use water "
        "wisely,” its chief executive, Graham Pike, told BBC Radio Holloway. “Every drop "
        "counts.”\n\nThe Met Office said rainfall in the region had been half the normal amount "
        "since March. Farmers say their crops are already suffering. Tom Ashby, who grows wheat "
        "near Kesford, said he had lost a third of his harvest.\n\nEnvironmental groups accused "
        "the company of failing to fix leaks. According to figures published by the regulator "
        "Ofwat, the firm loses more than 300 million litres a day through leaking pipes. A "
        "spokesperson for the Department for Environment, Food and Rural Affairs said ministers "
        "were “monitoring the situation closely”.\n\nOpposition MPs have called for an inquiry. "
        "The company did not say when the ban would be lifted.",
        [
            ("Southern Valley Water", "Southern Valley Water", "organisation", "speaker"),
            ("company", "Southern Valley Water", "organisation", "speaker"),
            ("Graham Pike", "Graham Pike", "person", "speaker"),
            ("BBC Radio Holloway", "BBC Radio Holloway", "news_organisation", "intermediary"),
            ("Met Office", "Met Office", "ministry_or_agency", "speaker"),
            ("Farmers", "farmers", "vague", "speaker"),
            ("Tom Ashby", "Tom Ashby", "person", "speaker"),
            ("Environmental groups", "environmental groups", "vague", "speaker"),
            ("regulator Ofwat", "Ofwat", "ministry_or_agency", "speaker"),
            (
                "A spokesperson for the Department for Environment, Food and Rural Affairs",
                "Department for Environment, Food and Rural Affairs",
                "ministry_or_agency",
                "speaker",
            ),
        ],
    ),
    # an organisation noun before a name, or in apposition after it, makes it a body; one
    # that also fits a person ("employer") does not
    (
        "The current operator, Harbour Crossings, warned of cuts. Harbour Crossings, the ferry "
        "operator, has warned before. Her employer, Dana Smith, said the delay was short.",
        [
            ("Harbour Crossings", "Harbour Crossings", "organisation", "speaker"),
            ("Harbour Crossings", "Harbour Crossings", "organisation", "speaker"),
            ("Dana Smith", "Dana Smith", "person", "speaker"),
        ],
    ),
    # a person of an organisation: "the BBC's Jane Doe"
    (
        "The broadcaster stood by its reporting, the BBC's Jane Doe said.",
        [("BBC's Jane Doe", "Jane Doe", "person", "speaker")],
    ),
    (
        "WELLINGTON (Reuters) - New Zealand's government said on Monday it would ban single-use "
        "vapes from next year. Health Minister Aroha Tane told Radio New Zealand the measure "
        "would protect young people. Retailers warned that sales would move to the black market.",
        [
            ("New Zealand's government", "New Zealand government", "government", "speaker"),
            ("Health Minister Aroha Tane", "Aroha Tane", "person", "speaker"),
            ("Radio New Zealand", "Radio New Zealand", "news_organisation", "intermediary"),
            ("Retailers", "retailers", "vague", "speaker"),
        ],
    ),
    (
        "A jury at Harwick Crown Court found the defendant guilty on Friday. Prosecutor Leah "
        "Morgan had told jurors that the evidence was “overwhelming”. The defence said it would "
        "consider an appeal.",
        [
            ("Prosecutor Leah Morgan", "Leah Morgan", "person", "speaker"),
            ("defence", "defence", "vague", "speaker"),
        ],
    ),
    (
        "Brentford Council has approved plans for 400 new homes on the former gasworks site. "
        "Councillor Jim Hale, the cabinet member for housing, said the scheme would include 120 "
        "affordable flats. Residents' association chair Mary Okon said locals had not been "
        "consulted.",
        [
            ("Councillor Jim Hale", "Jim Hale", "person", "speaker"),
            ("Residents' association chair Mary Okon", "Mary Okon", "person", "speaker"),
        ],
    ),
    (
        "Tesla's rival Rivon Motors reported a quarterly loss of $1.2bn on Tuesday. Chief "
        "financial officer Dana Price said on a call with analysts that the company expected to "
        "break even next year. Shares fell 6% in after-hours trading.",
        [
            ("Rivon Motors", "Rivon Motors", "organisation", "speaker"),
            ("Chief financial officer Dana Price", "Dana Price", "person", "speaker"),
        ],
    ),
    (
        "The World Health Organization warned on Wednesday that cholera cases had doubled in a "
        "year. “This is a preventable disease,” said WHO spokesperson Dr Lina Haddad. Aid "
        "agencies said funding had fallen sharply.",
        [
            ("World Health Organization", "World Health Organization", "organisation", "speaker"),
            ("WHO spokesperson Dr Lina Haddad", "Lina Haddad", "person", "speaker"),
            ("Aid agencies", "aid agencies", "vague", "speaker"),
        ],
    ),
    (
        "The teenager was rescued after spending six hours in the water, the coastguard said. "
        "A lifeboat crew member told the Cornish Times that conditions had been “brutal”.",
        [
            ("coastguard", "coastguard", "ministry_or_agency", "speaker"),
            ("A lifeboat crew member", "a lifeboat crew member", "vague", "speaker"),
            ("Cornish Times", "Cornish Times", "news_organisation", "intermediary"),
        ],
    ),
    (
        "In a statement, the Kelby Rovers board said manager Alan Frost had left the club by "
        "mutual consent. Supporters' groups welcomed the decision.",
        [
            ("Kelby Rovers board", "Kelby Rovers board", "organisation", "speaker"),
        ],
    ),
    (
        "Two people were arrested after protesters blocked the motorway on Sunday, Sussex Police "
        "said. Just Stop Now, the group behind the protest, said more action was planned.",
        [
            ("Sussex Police", "Sussex Police", "ministry_or_agency", "speaker"),
            ("Just Stop Now", "Just Stop Now", "organisation", "speaker"),
        ],
    ),
    (
        "The Fed left rates unchanged on Wednesday. Chair Jerome Powell said the central bank "
        "would stay “data dependent”. Economists at Morgan Stanley expect two cuts this year.",
        [
            ("Chair Jerome Powell", "Jerome Powell", "person", "speaker"),
            ("Economists at Morgan Stanley", "economists at Morgan Stanley", "vague", "speaker"),
        ],
    ),
    (
        "Mayor Luis Ortega said the city would appeal the ruling. His office did not respond to "
        "a request for further comment. A lawyer for the tenants, Sara Klein, called the decision "
        "a victory.",
        [
            ("Mayor Luis Ortega", "Luis Ortega", "person", "speaker"),
        ],
    ),
    (
        "Swedish furniture maker Fjord Home said it would close its UK factory, putting 300 jobs "
        "at risk. The GMB said it was “devastated” by the news.",
        [
            ("Swedish furniture maker Fjord Home", "Fjord Home", "organisation", "speaker"),
            ("GMB", "GMB", "organisation", "speaker"),
        ],
    ),
    (
        "Rain is expected to return on Saturday, forecasters said. The Environment Agency has "
        "issued 12 flood warnings.",
        [
            ("forecasters", "forecasters", "vague", "speaker"),
        ],
    ),
    (
        "NAIROBI, March 3 (AFP) - Kenya's electoral commission said on Friday that turnout had "
        "reached 65 percent. Opposition leader Raila Mwangi rejected the figure, telling "
        "supporters in Kisumu that the count had been rigged.",
        [
            (
                "Kenya's electoral commission",
                "Kenyan electoral commission",
                "ministry_or_agency",
                "speaker",
            ),
            ("Opposition leader Raila Mwangi", "Raila Mwangi", "person", "speaker"),
        ],
    ),
    (
        "Britain's biggest supermarket, Tesco, said it would cut the price of 200 products. "
        "Consumer group Which? welcomed the move but said prices remained high.",
        [
            ("Tesco", "Tesco", "organisation", "speaker"),
            ("Consumer group Which?", "Which?", "organisation", "speaker"),
        ],
    ),
    (
        "The vaccine was 90 percent effective in a trial of 30,000 people, the company said. "
        "Dr Helen Ward, an infectious disease specialist who was not involved in the study, "
        "called the results “very encouraging”. Regulators are expected to decide next month.",
        [
            ("company", "company", "organisation", "speaker"),
        ],
    ),
    (
        "Eight people died when a bus overturned near Sagar on Tuesday, police said. The driver "
        "had been speeding, a witness told the Times of India.",
        [
            ("police", "police", "ministry_or_agency", "speaker"),
            ("a witness", "a witness", "vague", "speaker"),
            ("Times of India", "Times of India", "news_organisation", "intermediary"),
        ],
    ),
    (
        "Portugal's prime minister, Luís Costa, announced his resignation on Tuesday. In a "
        "televised address, he said he had done nothing wrong. President Marcelo Sousa said he "
        "would consult the parties.",
        [
            ("Luís Costa", "Luís Costa", "person", "speaker"),
            ("President Marcelo Sousa", "Marcelo Sousa", "person", "speaker"),
        ],
    ),
    (
        "The Supreme Court ruled 6-3 on Thursday that the law was unconstitutional. Writing for "
        "the majority, Justice Ann Reilly said Congress had exceeded its powers. The Justice "
        "Department said it was reviewing the decision.",
        [
            ("Supreme Court", "Supreme Court", "ministry_or_agency", "speaker"),
            ("Justice Ann Reilly", "Ann Reilly", "person", "speaker"),
            ("Justice Department", "Department of Justice", "ministry_or_agency", "speaker"),
        ],
    ),
    (
        "Oil prices jumped 4% after OPEC agreed to cut output, traders said. Analysts at Citi "
        "said prices could reach $100 a barrel by the summer.",
        [
            ("traders", "traders", "vague", "speaker"),
            ("Analysts at Citi", "analysts at Citi", "vague", "speaker"),
        ],
    ),
    (
        "The museum will return the bronze to Nigeria, its director, Dr Sarah Bell, confirmed "
        "on Monday. Nigerian officials have long demanded the return of the artefacts.",
        [
            ("Dr Sarah Bell", "Sarah Bell", "person", "speaker"),
            ("Nigerian officials", "Nigerian officials", "vague", "speaker"),
        ],
    ),
    (
        "Firefighters battled the blaze for six hours, the London Fire Brigade said. A "
        "spokesperson said 70 people had been evacuated and no one was injured.",
        [
            ("London Fire Brigade", "London Fire Brigade", "ministry_or_agency", "speaker"),
            ("A spokesperson", "a spokesperson", "vague", "speaker"),
        ],
    ),
    (
        "Students at Marlow Academy staged a walkout on Friday over plans to scrap music "
        "lessons. Headteacher Rachel Dunn said the school faced a £300,000 shortfall.",
        [
            ("Headteacher Rachel Dunn", "Rachel Dunn", "person", "speaker"),
        ],
    ),
    # an unnamed outlet passes words on; a passive subject heard them; a report's author
    (
        "The ministry said on Sunday that it had received the proposal, state media reported. "
        "Residents were told to leave their homes by 6 p.m. The report, published by the "
        "Institute for Fiscal Studies, found that incomes had fallen.",
        [
            ("ministry", "ministry", "ministry_or_agency", "speaker"),
            ("state media", "state media", "vague", "intermediary"),
            (
                "Institute for Fiscal Studies",
                "Institute for Fiscal Studies",
                "organisation",
                "speaker",
            ),
        ],
    ),
    (
        "Sen. Mark O'Brien, R-Texas, told The Associated Press on Tuesday that he would oppose "
        "the nomination. A White House spokesperson declined to comment.",
        [
            ("Sen. Mark O'Brien", "Mark O'Brien", "person", "speaker"),
            ("Associated Press", "Associated Press", "news_organisation", "intermediary"),
        ],
    ),
    (
        "The company said Tuesday that it had recalled 40,000 strollers, according to a notice "
        "posted by the Consumer Product Safety Commission. Brightway Baby did not say how many "
        "children had been hurt.",
        [
            ("company", "Brightway Baby", "organisation", "speaker"),
            (
                "Consumer Product Safety Commission",
                "Consumer Product Safety Commission",
                "ministry_or_agency",
                "speaker",
            ),
        ],
    ),
    (
        "“We have lost everything,” said Ana de la Cruz, 58, standing outside her flooded home. "
        "Local officials said 300 homes had been damaged.",
        [
            ("Ana de la Cruz", "Ana de la Cruz", "person", "speaker"),
            ("Local officials", "local officials", "vague", "speaker"),
        ],
    ),
    (
        "J.D. Harlan, a professor of law at Carver University, said the ruling was unlikely to "
        "survive an appeal. Other legal scholars disagreed.",
        [
            ("J.D. Harlan", "J.D. Harlan", "person", "speaker"),
        ],
    ),
    (
        "In a blog post on Thursday, the chief executive of Nimbus Software, Priya Shah, wrote "
        "that the company would cut a tenth of its staff.",
        [
            ("Priya Shah", "Priya Shah", "person", "speaker"),
        ],
    ),
    (
        "The family of the missing hiker said in a statement that they were “heartbroken”. "
        "Rescue teams suspended the search on Sunday, park officials said.",
        [
            ("family of the missing hiker", "family of the missing hiker", "vague", "speaker"),
            ("park officials", "park officials", "vague", "speaker"),
        ],
    ),
    (
        "Inflation fell to 3.2 percent in October, the Office for National Statistics said. "
        "Chancellor Rachel Greene said the figures showed the plan was working, but the Liberal "
        "Democrats said families were still struggling.",
        [
            (
                "Office for National Statistics",
                "Office for National Statistics",
                "ministry_or_agency",
                "speaker",
            ),
            ("Chancellor Rachel Greene", "Rachel Greene", "person", "speaker"),
            ("Liberal Democrats", "Liberal Democrats", "organisation", "speaker"),
        ],
    ),
    (
        "McKenzie Foods has denied claims that it underpaid workers. The allegations were "
        "first reported by the Guardian.",
        [
            ("McKenzie Foods", "McKenzie Foods", "organisation", "speaker"),
            ("Guardian", "The Guardian", "news_organisation", "intermediary"),
        ],
    ),
    (
        "Gov. Tina Alvarado signed the budget Tuesday, calling it “a win for working "
        "families.” State Sen. Paul Drake, the top Republican on the finance committee, said it "
        "spent too much.",
        [
            ("Gov. Tina Alvarado", "Tina Alvarado", "person", "speaker"),
            ("State Sen. Paul Drake", "Paul Drake", "person", "speaker"),
        ],
    ),
    (
        "Three firefighters were treated for heat exhaustion, Fire Chief Luis Ramos said. The "
        "cause of the blaze remains under investigation, according to the Dalton Fire Department.",
        [
            ("Fire Chief Luis Ramos", "Luis Ramos", "person", "speaker"),
            ("Dalton Fire Department", "Dalton Fire Department", "ministry_or_agency", "speaker"),
        ],
    ),
    (
        "The European Central Bank raised rates by a quarter point. ECB President Anna Keller "
        "told reporters in Frankfurt that inflation was still too high. Markets had expected "
        "the move.",
        [
            ("ECB President Anna Keller", "Anna Keller", "person", "speaker"),
        ],
    ),
    (
        "A spokesman for Hartley Airport said flights would resume by noon. Passengers described "
        "chaotic scenes in the terminal.",
        [
            ("A spokesman for Hartley Airport", "Hartley Airport", "organisation", "speaker"),
            ("Passengers", "passengers", "vague", "speaker"),
        ],
    ),
    (
        "Union leaders said the strike would go ahead on Monday. The rail operator, Northern "
        "Link, said it would run a reduced timetable.",
        [
            ("Union leaders", "union leaders", "vague", "speaker"),
            ("Northern Link", "Northern Link", "organisation", "speaker"),
        ],
    ),
    (
        "Two teenagers have been charged over the attack, Greater Westshire Police said. "
        "Superintendent Kate Moss said the force had increased patrols.",
        [
            (
                "Greater Westshire Police",
                "Greater Westshire Police",
                "ministry_or_agency",
                "speaker",
            ),
            ("Superintendent Kate Moss", "Kate Moss", "person", "speaker"),
        ],
    ),
]


def _rows(found: list[Source]) -> list[tuple[str, str, str, str]]:
    return [(m.text, s.name, s.kind, m.role) for s, m in iter_mentions(found)]


@pytest.mark.parametrize(("text_in", "expected"), TABLE, ids=[t[:40] for t, _ in TABLE])
def test_table(nlp: Language, text_in: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = sources(nlp(text_in))
    assert _rows(found) == expected
    for _, m in iter_mentions(found):
        assert text_in[m.start : m.end] == m.text
        assert text_in[m.cue.start : m.cue.end] == m.cue.text


# Passages the analyzer still reads wrong, with the reason; strict, so that a fix shows.
NEWS_MISSES = {
    "Two people were arrested": "a name that opens with a function word ('Just Stop Now') "
    "loses that word, which is read as a sentence opener ('Just then, ...')",
    "The Fed left rates": "'expect' credits a source only before 'that' or a quote "
    "(reporting_verbs.json marks it weak), so 'Economists at Morgan Stanley expect two cuts' "
    "credits no one",
    "Britain's biggest supermarket": "a name that ends in a question mark ('Which?') is cut "
    "before it, and the organisation noun before it is not read as part of the mention",
    "The company said Tuesday": "'the company' refers back to a body named before it, never "
    "forward to one named after it ('Brightway Baby did not say')",
    "A spokesman for Hartley Airport": "'describe' credits a source only before 'that' or a "
    "quote (reporting_verbs.json marks it weak), so 'Passengers described chaotic scenes' "
    "credits no one",
    "The Supreme Court ruled": "'rule' is not a reporting verb in reporting_verbs.json, so a "
    "court that 'ruled that' credits no one",
}


def _news_cases() -> list[Any]:
    cases = []
    for text_in, expected in NEWS:
        why = next((r for start, r in NEWS_MISSES.items() if text_in.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        cases.append(pytest.param(text_in, expected, id=text_in[:40], marks=marks))
    return cases


@pytest.mark.parametrize(("text_in", "expected"), _news_cases())
def test_news(nlp: Language, text_in: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = sources(nlp(text_in))
    assert _rows(found) == expected
    for _, m in iter_mentions(found):
        assert text_in[m.start : m.end] == m.text
        assert text_in[m.cue.start : m.cue.end] == m.cue.text


def test_news_is_large_and_varied() -> None:
    assert len(NEWS) >= 25
    assert sum(1 for _, expected in NEWS if not expected) >= 2
    assert {kind for _, expected in NEWS for _, _, kind, _ in expected} == set(KINDS)


# (sentence, mention, canonical name, kind, role) on the practice articles learners may pick
PRACTICE: dict[str, list[tuple[str, str, str, str, str]]] = {
    "heatwave_schools": [
        (
            "P3.S1",
            "regional education office",
            "regional education office",
            "ministry_or_agency",
            "speaker",
        ),
        (
            "P4.S1",
            "national weather service",
            "national weather service",
            "ministry_or_agency",
            "speaker",
        ),
        ("P5.S1", "Anja Kovač", "Anja Kovač", "person", "speaker"),
        ("P6.S1", "Some parents", "some parents", "vague", "speaker"),
        ("P6.S2", "Experts", "experts", "vague", "speaker"),
        ("P6.S2", "government", "government", "government", "speaker"),
    ],
    "ferry_contract": [
        ("P3.S1", "officials", "officials", "vague", "speaker"),
        ("P4.S1", "council leader Omar Reyes", "Omar Reyes", "person", "speaker"),
        # "The current operator, Bluewater Lines, warned": a company, not a person
        ("P5.S1", "Bluewater Lines", "Bluewater Lines", "organisation", "speaker"),
        # the spokeswoman speaks for the company; the radio station passed her words on
        ("P5.S2", "A company spokeswoman", "Bluewater Lines", "organisation", "speaker"),
        (
            "P5.S2",
            "local radio station Harbour FM",
            "Harbour FM",
            "news_organisation",
            "intermediary",
        ),
        # "According to a council report": the council wrote it
        ("P6.S1", "council", "council", "ministry_or_agency", "speaker"),
        ("P6.S2", "Critics", "critics", "vague", "speaker"),
        (
            "P7.S1",
            "A source close to the negotiations",
            "a source close to the negotiations",
            "vague",
            "speaker",
        ),
        # "Neither company commented" credits no one
    ],
}


@pytest.mark.parametrize("name", sorted(PRACTICE))
def test_practice_articles(name: str) -> None:
    from medialit.workbench import load_practice

    found = sources(load_practice(name))
    got = [(m.sentence, m.text, s.name, s.kind, m.role) for s, m in iter_mentions(found)]
    assert got == PRACTICE[name]


def test_practice_chain_through_the_radio_station() -> None:
    from medialit.workbench import load_practice

    chains = transmission_chains(load_practice("ferry_contract"))
    names = [" → ".join(link.name for link in c.links) for c in chains]
    assert "Bluewater Lines → Harbour FM → this page" in names


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 30
    assert sum(1 for _, expected in TABLE if not expected) >= 5


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("Ukraine's Defence Ministry", ("Ukrainian Ministry of Defence", "ministry_or_agency")),
        (
            "the Ukrainian Ministry of Defence",
            ("Ukrainian Ministry of Defence", "ministry_or_agency"),
        ),
        ("the Ukrainian Defense Ministry", ("Ukrainian Ministry of Defence", "ministry_or_agency")),
        ("the Kremlin", ("Russian government", "government")),
        ("Downing Street", ("British government", "government")),
        ("the Agence France Presse", ("Agence France-Presse", "news_organisation")),
        ("the Lusa news agency", ("Lusa", "news_organisation")),
        ("State Department", ("US Department of State", "ministry_or_agency")),
        ("Kenyan police", ("Kenyan police", "ministry_or_agency")),
        ("diplomats", ("diplomats", "vague")),
    ],
)
def test_identify(text_in: str, expected: tuple[str, str]) -> None:
    ident = identify(text_in)
    assert ident is not None
    assert (ident.name, ident.kind) == expected


@pytest.mark.parametrize("text_in", ["Russian", "the", "sanctions", ""])
def test_identify_names_nothing(text_in: str) -> None:
    assert identify(text_in) is None


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "The ministry said so, quoted by the Anadolu agency.",
            ["ministry → Anadolu → this page"],
        ),
        (
            "Officials said the road was shut, the BBC reported. The mayor denied it.",
            ["officials → BBC → this page", "mayor → this page"],
        ),
        (
            "Kyodo reported, citing officials, that the plant was safe.",
            ["officials → Kyodo → this page"],
        ),
        ("It was quoted by Reuters.", ["unnamed speaker → Reuters → this page"]),
        # "according to" an outlet that passes on what another speaker said
        (
            "The talks had failed, the ministry said on Sunday, according to the TASS agency.",
            ["ministry → TASS → this page"],
        ),
        (
            "According to the BBC, the talks failed, officials said.",
            ["officials → BBC → this page"],
        ),
        ("Nothing was said.", []),
    ],
)
def test_transmission_chains(nlp: Language, text_in: str, expected: list[str]) -> None:
    chains = transmission_chains(nlp(text_in))
    assert [" → ".join(link.name for link in c.links) for c in chains] == expected
    assert all(c.links[-1].kind == "page" for c in chains)


def test_page_link_notes_byline() -> None:
    text = "By Ann Lee\n\nThe mayor resigned, officials said."
    (chain,) = transmission_chains(Article.from_text(text))
    assert chain.links[-1].note == "byline “By Ann Lee”, no agency credit"


# --- the article --------------------------------------------------------------------


def _key_rows(key: dict[str, Any]) -> dict[tuple[int, int], tuple[str, str, str, tuple[str, ...]]]:
    names = {s["id"]: s["name"] for s in key["sources"]}
    return {
        (m["start"], m["end"]): (s["name"], s["kind"], m["role"], tuple(names[v] for v in m["via"]))
        for s in key["sources"]
        for m in s["mentions"]
    }


def test_article_against_key(article: Article, key: dict[str, Any]) -> None:
    expected = _key_rows(key["sources"])
    found = sources(article)
    got = {(m.start, m.end): (s.name, s.kind, m.role, m.via) for s, m in iter_mentions(found)}
    hits = expected.keys() & got.keys()
    precision = len(hits) / len(got) if got else 0.0
    recall = len(hits) / len(expected)
    right = sum(1 for span in hits if got[span] == expected[span])
    print(
        f"\nsources on the article: {len(got)} found, {len(expected)} in the key, "
        f"precision {precision:.2f}, recall {recall:.2f}, "
        f"{right}/{len(hits)} with the right name, kind, role and chain"
    )
    assert recall == 1.0, sorted(expected.keys() - got.keys())
    assert precision >= 0.9, sorted(got.keys() - expected.keys())
    for span in hits:
        assert got[span] == expected[span], (article.text[span[0] : span[1]], got[span])


def test_article_grouping_matches_key(article: Article, key: dict[str, Any]) -> None:
    found = {s.name: {(m.start, m.end) for m in s.mentions} for s in sources(article)}
    for source in key["sources"]["sources"]:
        spans = {(m["start"], m["end"]) for m in source["mentions"]}
        assert found.get(source["name"]) == spans, source["name"]


def test_article_not_sources_are_left_out(article: Article, key: dict[str, Any]) -> None:
    found = {(m.start, m.end) for _, m in iter_mentions(sources(article))}
    for item in key["sources"]["not_sources"]:
        assert not any(s < item["end"] and item["start"] < e for s, e in found), item["text"]


def test_article_chains_match_key(article: Article, key: dict[str, Any]) -> None:
    part = key["sources"]
    names = {s["id"]: s["name"] for s in part["sources"]} | {"page": "this page"}
    expected = {
        (tuple(names[i] for i in c["links"]), tuple(c["sentences"])) for c in part["chains"]
    }
    got = {
        (tuple(link.name for link in c.links), c.sentences) for c in transmission_chains(article)
    }
    assert got == expected


def test_article_page_is_uncredited(article: Article, key: dict[str, Any]) -> None:
    provenance = key["provenance"]
    assert provenance["byline"] is None
    assert provenance["agency_credit"] is None
    for chain in transmission_chains(article):
        assert chain.links[-1].note == "no byline, no agency credit"


def test_lesson_numbers(article: Article) -> None:
    """Lesson 01 tells learners these numbers; a change here must change the lesson too."""
    found = sources(article)
    assert len(found) == 4
    assert sum(len(s.mentions) for s in found) == 9
    assert [s.name for s in found if s.roles == ("intermediary",)] == ["TASS"]
    assert len(transmission_chains(article)) == 4
    assert all(len(c.links) <= 3 for c in transmission_chains(article))


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # lesson 01 shows the analyzer wrong on a bare surname, then right with a title
        (
            "Zakharova told reporters that Moscow had received the proposal.",
            [("Zakharova", "organisation")],
        ),
        ("Spokeswoman Maria Zakharova told reporters so.", [("Maria Zakharova", "person")]),
    ],
)
def test_lesson_shows_where_the_analyzer_is_wrong(
    text_in: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.name, s.kind) for s in sources(text_in)] == expected


def test_leftovers_credit_no_one(article: Article) -> None:
    leftovers = [(seg.start, seg.end) for seg in article.leftovers]
    for _, m in iter_mentions(sources(article)):
        assert not any(s <= m.start < e for s, e in leftovers)


# --- contract, pipeline, drawing, data ------------------------------------------------


def test_contract_spans_spell_their_text(article: Article) -> None:
    result = analyze(article).to_json()["sources"]
    assert result and {"name", "kind", "named", "country", "roles", "mentions"} <= result[0].keys()
    json.dumps(result)
    for source in result:
        for m in source["mentions"]:
            assert article.text[m["start"] : m["end"]] == m["text"]
            assert article.text[m["cue"]["start"] : m["cue"]["end"]] == m["cue"]["text"]


def test_pipeline_result_is_reused(nlp: Language) -> None:
    doc = nlp("Officials said the bridge would reopen.")
    assert doc._.sources is not None
    assert sources(doc) is doc._.sources


def test_public_names() -> None:
    # The package answers `medialit.sources(...)` with the function; a type checker sees the
    # submodule of the same name, which the package makes callable at run time.
    package: Any = medialit
    assert package.sources("Officials said so.")[0].kind == "vague"
    assert set(KINDS) <= KIND_LABELS.keys()
    assert kind_label("vague") == "unnamed or vague"


def test_str_is_one_line(article: Article) -> None:
    for item in [*sources(article), *transmission_chains(article)]:
        assert "\n" not in str(item)


def test_draw_chain_labels_every_box(article: Article) -> None:
    chain = transmission_chains(article)[0]
    assert isinstance(chain, Chain)
    fig = draw_chain(chain).figure()
    labels = [" ".join(t.get_text().split()) for t in fig.axes[0].texts]
    assert labels[0] == "Russian Ministry of Foreign Affairs (ministry or agency of state)"
    assert "TASS (news organisation)" in labels
    assert "this page (no byline, no agency credit)" in labels
    fig_all = draw_chain(article).figure()
    assert len(fig_all.axes[0].texts) > len(labels)


def test_draw_chain_says_when_there_is_nothing_to_draw() -> None:
    fig = draw_chain("Nothing was said.").figure()
    assert [t.get_text() for t in fig.axes[0].texts] == [
        "No statement in this text is credited to a source."
    ]


def test_lexicons_document_themselves() -> None:
    folder = Path(medialit.__file__).parent / "data" / "lexicons"
    for name in ("countries", "organisations", "source_patterns"):
        data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        assert data["_about"]["what"] and data["_about"]["sources"]


def test_code_holds_no_names_from_the_article(key: dict[str, Any]) -> None:
    folder = Path(medialit.__file__).parent / "sources"
    code = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py")))
    for source in key["sources"]["sources"]:
        for m in source["mentions"]:
            if m["text"] not in ("ministry",):
                assert m["text"] not in code, m["text"]


def test_lesson_exercises_follow_the_key(article: Article, key: dict[str, Any]) -> None:
    """Lesson 01's exercises quote the article's key: a change to one must show in the other."""
    from medialit.exercises import exercises_of

    # each exercise kind has its own fields (passage, labels); the test reads them by name
    lesson: Any = exercises_of("01_sources")
    part = key["sources"]
    mentions = {(m["sentence"], m["text"]) for s in part["sources"] for m in s["mentions"]}
    for ex_id, sid in (("first_sources", "P3.S1"), ("capitals", "P7.S1")):
        picks = lesson[ex_id].reference
        assert {p.removeprefix("the ") for p in picks} <= {t for _, t in mentions}, ex_id
        assert lesson[ex_id].passage.startswith(article.sentence(sid).text)
    same_body = lesson["same_body"]
    assert len(set(same_body.labels)) == len(part["sources"])
    passages = " ".join(p.text for p in same_body.passages)
    assert all(text in passages for _, text in mentions)
    chain = lesson["chain"].reference
    assert len(chain) == len(part["full_chain"]["links"]) + 1


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("The plan failed, according  to officials.", ["officials"]),
        ("The plan failed, according\tto the mayor's office.", ["mayor's office"]),
        ("The plan failed, the minister said, quoted  by the Tribune newspaper.", None),
        ("Rain is due, reported\t by the weather service.", None),
    ],
)
def test_spaces_inside_a_cue_phrase(text_in: str, expected: list[str] | None) -> None:
    """Two spaces or a tab between a phrase's words read like one space."""
    found = sources(text_in)
    one_space = sources(" ".join(text_in.split()))
    assert [s.name for s in found] == [s.name for s in one_space]
    if expected is not None:
        assert [s.name for s in found] == expected


def test_the_council_is_the_council_named_before_not_another_body() -> None:
    """'the council' refers back to the body whose name ends in 'council', even when another
    body of the same kind spoke in between."""
    text = (
        "The town council rejected the plan on Tuesday, saying the square should stay open.\n\n"
        "A spokesperson for the county planning office said the decision was disappointing.\n\n"
        "“We listened to residents,” the council said.\n"
    )
    groups = {s.name: [m.text for m in s.mentions] for s in sources(text)}
    assert groups["town council"] == ["town council", "council"]
    assert groups["county planning office"] == ["A spokesperson for the county planning office"]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Board chair Nia Osei said the ferry would run. Mayor Tom Reyes disagreed.",
        'The quay was shut, said Sen. Ruth Callow. Sen. "Callow" left early.',
        "Officials at the Port Authority of Westmere spoke.Fishermen said otherwise.",
        "Tenants told the Westmere Courier that rents rose, according to Dr. Ana de la Cruz",
    ],
)
def test_sentence_names_match_a_scan_of_the_sentence_alone(text: str) -> None:
    from medialit.sources.lexicons import _lexicon
    from medialit.sources.spans import _sentence_chunks

    lex = _lexicon()
    # every cut, inside words as well: a sentence may end where the text runs on
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            alone = [(m.start(), m.end()) for m in lex.chunk.finditer(text, start, end)]
            assert _sentence_chunks(lex, text, start, end) == alone, (start, end)


def test_clause_openers_are_capitalised() -> None:
    # grouping._names_in and spans._trim_chunk pass over a name that opens with a lower-case
    # letter other than "t", as trimming takes off no word that opens with one.
    from medialit.sources.lexicons import _lexicon

    assert all(w[:1].isupper() for w in _lexicon().openers)


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("The ministry", "ministry"),
        ("the  Red Cross", "Red Cross"),
        ("Meanwhile the police", "police"),
        ("He", ""),
        ("A", ""),
        ("An official", "An official"),
        ("Some parents", "Some parents"),
        ("Two diplomats", "Two diplomats"),
        ("officials", "officials"),
        ("Theresa May", "Theresa May"),
        ("(Reuters)", "(Reuters)"),
    ],
)
def test_trimming_a_name(text_in: str, expected: str) -> None:
    from medialit.sources.lexicons import _lexicon
    from medialit.sources.spans import _trim_chunk

    s, e = _trim_chunk(_lexicon(), text_in, 0, len(text_in))
    assert text_in[s:e] == expected
