"""Whose casualties, who reports them, and which episode they belong to:
table-driven checks of the side rules on small real sentences (issue 4)."""
from __future__ import annotations

import pytest

from borderfacts.parties import implied_country
from borderfacts.pipeline import make_doc
from borderfacts.places import world_country, world_places


def run(nlp, text, reference="2024-10-19"):
    doc = nlp(make_doc(nlp, text, reference))
    return doc, doc._.borderfacts_casualties, doc._.borderfacts_summary


def cells(items):
    return {(c["category"], c["count"]): c for c in items}


# Two sides are named in every text, so the rules have something to choose from.
INDIA_PAKISTAN = "India and Pakistan traded fire along the Line of Control.\n\n"
AFGHAN_PAKISTAN = "Pakistan and Afghanistan traded fire on the border.\n\n"


@pytest.mark.parametrize(
    "text, key, party",
    [
        # the attacker named on an attack word: the victims are the other side's
        (INDIA_PAKISTAN + "Unprovoked Pakistani shelling killed three civilians in a border village, officials said.",
         ("killed", 3), "India"),
        # "the death toll in the Pakistani shelling": the parse takes the adjective for a place
        (INDIA_PAKISTAN + "The death toll in the unprovoked Pakistani shelling on forward villages rose to seven.",
         ("killed", 7), "India"),
        # a town the world gazetteer places in one side
        (AFGHAN_PAKISTAN + "In Chaman, mortar shells landed on a bazaar, killing four civilians.",
         ("killed", 4), "Pakistan"),
        # people who crossed into one side come from the other
        ("Sudan and Chad closed the border.\n\nAbout 6,000 people crossed into Chad on Thursday, UNHCR said.",
         ("displaced", 6000), "Sudan"),
        # a side's forces by their own name count for the side
        ("Israel and Lebanon exchanged fire.\n\nThe IDF said two soldiers were seriously wounded near Metula.",
         ("wounded", 2), "Israel"),
        # "the losses of the Tajik side" owns the figure, whoever reports it
        ("Kyrgyzstan and Tajikistan clashed.\n\nThe losses of the Tajik side amount to not less than seven "
         "servicemen killed, the Kyrgyz border service said.", ("killed", 7), "Tajikistan"),
        # "on the X side" anywhere in the sentence
        ("Belarus and Ukraine traded accusations.\n\nThree persons on the Belarusian side were injured.",
         ("wounded", 3), "Belarus"),
        # "in total" does not make it overall when the side is named
        ("Kyrgyzstan and Tajikistan traded blame.\n\nThe ministry counted nine injured in total on the Kyrgyz side.",
         ("wounded", 9), "Kyrgyzstan"),
        # where the attacker stood is not the victims' side
        ("Poland and Belarus closed the border.\n\nA Polish soldier was stabbed by a man on the Belarusian side "
         "and two guards were wounded.", ("wounded", 2), "Poland"),
        # the casualty's own clause places it: a side's town, not the frontier town of the "as" clause
        ("M23 rebels and Rwanda traded accusations with DR Congo.\n\nFighting between M23 rebels and the "
         "Congolese army north of Goma has killed at least 43 civilians, the U.N. said, as shells struck the "
         "Rwandan border town of Gisenyi.", ("killed", 43), "DR Congo"),
        # the displaced fled their homes in a side's territory
        ("M23 rebels and Rwanda traded accusations with DR Congo.\n\nOCHA said more than 120,000 people had fled "
         "their homes in Nyiragongo and Rutshuru territories.", ("displaced", 120000), "DR Congo"),
        # a word no side uses for its own dead: the state's enemy, the one armed group
        ("Turkey and the PKK clashed in Iraq.\n\nTurkey's defence ministry said that 412 had been neutralized so "
         "far this year.", ("killed", 412), "PKK"),
        # an armed group the phrase names only by its kind
        ("Turkey and the PKK clashed in Iraq.\n\nThe PKK statement admitted that three of the group's members had "
         "died in the strikes.", ("killed", 3), "PKK"),
        # "martyred" in a paper filed from one side's towns: that side's dead, even in a two-sided exchange
        ("QUETTA/CHAMAN: Two soldiers and four civilians were martyred on Sunday as Pakistani troops and Afghan "
         "forces traded heavy fire at the border crossing.", ("killed", 2), "Pakistan"),
        # an unnamed state body in a story filed from a capital alone on a line
        ("DAILY SABAH\nANKARA\n\nTurkish drones struck PKK hideouts in northern Iraq. The National Defense "
         "Ministry said one soldier was martyred in the operation.", ("killed", 1), "Turkey"),
        # a subject of the casualty verb is its attacker: the victims are the other side's
        ("Ethiopia and Eritrea traded accusations.\n\nOn March 5, Eritrean soldiers crossed the line near "
         "Alitena and took away 14 young men who were herding cattle.", ("captured", 14), "Ethiopia"),
        # a state striking its own insurgents hits no neighbour's people
        ("Mali, Algeria and the FLA traded accusations.\n\nA Malian army drone strike near the town of "
         "Tinzaouaten, on the border with Algeria, killed at least 16 civilians, the FLA said.",
         ("killed", 16), None),
        # "junta soldiers" are the state the article's armed group fights, in a third country's paper
        ("MAE SOT, Tak: Thai villagers were hurt as Myanmar jets attacked the Karen National Union.\n\n"
         "A KNU spokesman said Karen fighters had killed 27 junta soldiers.", ("killed", 27), "Myanmar"),
        # a state's own forces killed fighters, no armed group named: the other country's, as a claim
        ("Lebanon and Syria traded accusations.\n\nSyria's Defence Ministry said three soldiers were killed and "
         "claimed that its forces had killed more than 20 gunmen.", ("killed", 20), "Lebanon"),
        # an unnamed army unit speaks for the country the headline places the story in ("in Mae Sot")
        ("Stray shells wound three in Mae Sot as junta pounds Myawaddy villages\n\nThailand protested to Myanmar "
         "as the Karen National Union fought the junta. In a statement, the 3rd Army Region said two villagers had "
         "been hurt by shrapnel.",
         ("wounded", 2), "Thailand"),
        # a peacekeeping mission's count of civilians is no loss of its own
        ("Sudan and South Sudan both claim Abyei.\n\nAt least 19 civilians had been killed in the villages, "
         "UNISFA said.", ("killed", 19), None),
        # soldiers in a sentence that names only an armed group are the soldiers it fights
        ("Turkey has fought the PKK for decades.\n\nThree soldiers died when militants of the PKK tried to "
         "infiltrate the base late on Friday, the ministry said. Another four soldiers were wounded.",
         ("wounded", 4), "Turkey"),
        ("Turkey and Iraq discussed the PKK.\n\nThree soldiers died when militants of the PKK tried to "
         "infiltrate the base late on Friday, the ministry said.", ("killed", 3), None),
        # a title-case attack noun is no place ("Killed in Ukrainian Strikes")
        ("Three Killed in Ukrainian Strikes on Belgorod Border Villages, Governor Says\n\nRussia and Ukraine "
         "traded strikes.", ("killed", 3), "Russia"),
        # "... and wounded 54 in the Vovchansk sector of Ukraine's Kharkiv region": the same soldiers
        ("Russia and Ukraine traded strikes.\n\nHnatiuk said Ukrainian forces had killed 38 Russian soldiers and "
         "wounded 54 in the Vovchansk sector of Ukraine's Kharkiv region.", ("wounded", 54), "Russia"),
        # the accused did the killing
        ("Ethiopia and Eritrea share a border.\n\nAddis Abeba, February 18/2026 - In a statement, the Tigray "
         "Interim Administration accused the Eritrean Defence Forces of killing at least 11 civilians in the "
         "villages of Alitena and Dawhan.", ("killed", 11), "Ethiopia"),
        # soldiers "from the two sides" are nobody's in particular, whichever side's soldiers came before
        ("India and China held talks.\n\nChinese soldiers blocked the patrol. At least 15 soldiers from the two "
         "sides were injured.", ("wounded", 15), None),
        # captives a source says it holds are the enemy's; its own men in the enemy's custody are its own
        ("Myanmar and Bangladesh share a border.\n\nMembers of Myanmar's Border Guard Police kept fleeing. The "
         "number in BGB custody later rose to 95, Bangladesh's border force said.", ("captured", 95), "Myanmar"),
        ("Armenia and Azerbaijan traded fire.\n\nArmenia's defence ministry said two servicemen were in "
         "Azerbaijani custody.", ("captured", 2), "Armenia"),
        # an armed group's claim hits the one state whose forces the text named before it
        ("Burundi accused Rwanda of backing RED-Tabara rebels based in DR Congo.\n\nTwo Burundian soldiers were "
         "wounded in the attack near Gatumba. RED-Tabara said it killed nine soldiers.", ("killed", 9), "Burundi"),
        # with both states' forces named, an insurgency's claim is of its own state's soldiers (session 10) ...
        ("Pakistani troops and Afghan forces exchanged fire at Chaman. The TTP said its fighters had killed 22 "
         "soldiers in North Waziristan.", ("killed", 22), "Pakistan"),
        # ... but a movement that fights across borders hits the other state
        ("Malian troops and Burkinabe soldiers patrolled the border. JNIM said it killed 40 soldiers near Djibo.",
         ("killed", 40), "Burkina Faso"),
        # a looked-back side gives way to the side named before on the same noun (session 10)
        ("ADDIS ABABA, May 5 (Reuters) - At least seven Ethiopian federal police officers were killed in a clash "
         "with Eritrean troops near the town of Bure in Ethiopia's Afar region, two regional officials said on "
         "Tuesday.\n\nThe fighting broke out on Sunday around a police post about 70 km (43 miles) from the Eritrean "
         "port of Assab and continued into Monday, one of the officials said.\n\nA federal police commander in "
         "Semera, the regional capital, later gave a higher toll, saying 11 officers had been killed and 19 wounded.",
         ("wounded", 19), "Ethiopia"),
        # the side named on the first victims of one coordination is the others' too (session 10)
        ("Cambodia and Thailand clashed again on Monday. Phnom Penh has said 13 Cambodian civilians and five "
         "soldiers died in the fighting.", ("killed", 5), "Cambodia"),
        # a bracketed short name and hyphens inside the victims' phrase (session 10)
        ("Iraqi forces killed 13 Islamic State (ISIS) militants near al-Qaim.", ("killed", 13), "Islamic State"),
        ("Troops killed 13 Tehrik-i-Taliban Pakistan fighters in North Waziristan.", ("killed", 13),
         "Tehrik-i-Taliban Pakistan"),
        # the members of a group the text named as a side, not of a group it named in passing (session 10)
        ("Apure: FANB reports fighters killed in offensive against \"Tancol\" groups\n\n"
         "Caracas, 18 February 2026. The armed forces said they killed nine members of the irregular groups that "
         "the government calls Tancol in Apure, on the border with Colombia.\n\nThe Tancol label dates from 2021, "
         "when an offensive against a dissident faction of the former FARC left 16 Venezuelan soldiers dead.",
         ("killed", 9), "Tancol"),
        # "N more" in the next sentence are more of the same men (session 10)
        ("ADDIS ABABA, May 5 (Reuters) - A federal police commander said 11 Ethiopian officers had been killed and "
         "19 wounded. Four more were captured by Eritrean forces, he said.", ("captured", 4), "Ethiopia"),
        # people who left their homes (a movement verb, no casualty word) are the story side's, not those of
        # the last side a sentence before named (session 10)
        ("Lima, July 8, 2026 (ANDINA). Three Peruvian soldiers were wounded in a clash with illegal miners near "
         "the border with Ecuador, the ministry said. Two more Peruvian soldiers were hurt.\n\n\"We demand that the "
         "rights of our compatriots be respected,\" Ecuadorian Foreign Minister Maria Arteaga said in Quito.\n\n"
         "A community leader told Andina that some 150 residents of riverside communities had left their homes "
         "since the clash on Monday.", ("displaced", 150), "Peru"),
        # where people fled to names no victims' side for a later sentence (session 10) ...
        ("JUBA, March 10, 2026 - Four South Sudanese soldiers were killed in a clash with Ugandan troops.\n\n"
         "More than 1,200 people have crossed into Moyo District in Uganda since Sunday, according to the "
         "commissioner. He said several people were still missing after running into the bush.", ("missing", None),
         "South Sudan"),
        # ... but where armed men crossed to attack is where the victims are
        ("HARGEISA (HDN) - The death toll among Somaliland herders from fighting with Ethiopian Somali regional "
         "police has risen to seven, the governor said.\n\nThe governor told journalists that four herders died on "
         "Sunday when units of the regional Liyu police crossed into Somaliland territory and opened fire. Three "
         "more people were killed on Monday when the fighting resumed, he said.", ("killed", 3), "Somaliland"),
        # the predicate noun names the side of "N of the dead" (session 10)
        ("Sudan's Ministry of Petroleum said six oil workers were killed. The ministry said four of the dead were "
         "South Sudanese engineers.", ("killed", 4), "South Sudan"),
        # "their fighters" killed by "our forces" are the enemy's (session 10)
        ("KHARTOUM, May 2, 2026 - Sudanese soldiers clashed with RSF fighters.\n\n\"Our forces repelled a large "
         "attack by the army, killing more than 150 of their fighters,\" the RSF said in a statement.",
         ("killed", 150), "Sudan"),
        # a bare noun is the one side's people the text named with that noun before, whatever the dateline
        ("Cotonou, 7 May 2026\n\nNigerien soldiers guarding the pipeline were attacked near the Beninese border "
         "town of Malanville. Three soldiers are still missing.", ("missing", 3), "Niger"),
        ("Colombia and Venezuela share a long border.\n\nThe ELN seized Colombian soldiers on patrol. One soldier "
         "was killed in the attack.", ("killed", 1), "Colombia"),
        # an armed group's statement names itself "the group": what "the group had killed" is a claim on the
        # state it fights (session 11)
        ("Burkinabe soldiers and JNIM fighters clashed near Djibo.\n\nJNIM's media arm claimed that the group had "
         "killed 64 soldiers and captured three.", ("killed", 64), "Burkina Faso"),
        # "the enemy lost": the losses of the speaker's enemy, not the speaker's own
        ("Israel and Hezbollah traded fire.\n\nAn Israeli army spokesman said: \"The enemy lost more than sixty "
         "fighters this week.\"", ("killed", 60), "Hezbollah"),
        # "taken two guards captive", shared subject "its fighters": the group took them
        ("Iranian border guards clashed with Jaish al-Adl near Saravan.\n\nJaish al-Adl said its fighters had "
         "killed 14 \"mercenaries of the regime\" and taken two guards captive.", ("captured", 2), "Iran"),
        ("Iranian border guards clashed with Jaish al-Adl near Saravan.\n\nJaish al-Adl said its fighters had "
         "killed 14 \"mercenaries of the regime\" and taken two guards captive.", ("killed", 14), "Iran"),
        # "the al-Qaeda-linked JNIM": a label of another group names no side (session 11)
        ("Malian troops clashed with JNIM near Nampala.\n\nThe army said it had neutralised 14 fighters of the "
         "al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) during the operation.",
         ("killed", 14), "JNIM"),
        # a toll of the attackers the police counted is the attackers', not the police's (session 11)
        ("Kenyan police fought al-Shabaab militants near Mandera.\n\nThe number of dead attackers rose to three "
         "after a search of the forest, the police said.", ("killed", 3), "al-Shabaab"),
        # a part after "including" is of its toll's side ...
        ("Iranian border guards clashed with Jaish al-Adl militants near Saravan.\n\nThe IRGC said 23 "
         "terrorists including two senior commanders had been killed.", ("killed", 2), "Jaish al-Adl"),
    ],
)
def test_side_of_the_victims(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert cells(items)[key]["party"] == party, cells(items)


def test_fighters_belong_to_an_armed_group_named_once(nlp):
    text = ("Ecuador cut ties with Colombia after a raid on a FARC camp.\n\n"
            "Colombia's defence ministry said 17 guerrillas had been killed and one Colombian soldier had died.")
    _, items, _ = run(nlp, text)
    got = cells(items)
    assert got[("killed", 17)]["party"] == "FARC dissidents"  # never the reporting state's own losses
    assert got[("killed", 1)]["party"] == "Colombia"


@pytest.mark.parametrize(
    "text, key, party",
    [
        ("The ELN said its fighters had killed 31 members of the 33rd Front.", ("killed", 31), "33rd Front"),
        ("ISPR said several fighters of the Balochistan Liberation Front had been killed.",
         ("killed", None), "Balochistan Liberation Front"),
    ],
)
def test_unknown_armed_groups_keep_their_written_name(nlp, text, key, party):
    _, items, _ = run(nlp, "Iran and Pakistan traded strikes.\n\n" + text)
    assert cells(items)[key]["party"] == party


def test_claim_of_inflicted_losses_stays_out_of_the_summary(nlp):
    text = ("Turkey and the PKK fought on in northern Iraq.\n\n"
            "Turkey's defence ministry said Turkish forces had neutralised 17 PKK terrorists in air operations.")
    _, items, summary = run(nlp, text)
    item = cells(items)[("killed", 17)]
    assert item["party"] == "PKK" and item["reported_by"]
    assert "PKK" not in summary


@pytest.mark.parametrize(
    "text, key, party",
    [
        # a side's count of fighters it names no side for
        ("Sudan and Ethiopia trade blame over al-Fashaga.\n\n\"More than 30 of the militiamen were killed,\" "
         "Sudanese army spokesman Brigadier Al-Tahir Osman said.", ("killed", 30), None),
        # "... and capturing four others": more of the enemy the source counted, not its own people
        ("Tanzania and Mozambique share the Rovuma river.\n\nThe Tanzanian army said its soldiers had pursued "
         "the attackers towards the river, killing 17 insurgents and capturing four others.",
         ("captured", 4), "Mozambique"),
    ],
)
def test_fighters_a_side_counts_for_no_side_stay_out_of_the_summary(nlp, text, key, party):
    _, items, summary = run(nlp, text, "2026-03-16")
    assert cells(items)[key]["party"] == party
    assert key[0] not in summary.get(party or "overall", {}), summary


def test_a_military_command_speaks_for_the_home_side(nlp):
    text = ("NEW DELHI — India and China traded accusations over the Yangtse clash.\n\nA senior officer of the "
            "Army's Eastern Command told The Hindu that more than 20 PLA soldiers had been hurt in the melee.")
    _, items, summary = run(nlp, text, "2026-01-10")
    assert cells(items)[("wounded", 20)]["party"] == "China"
    assert "China" not in summary, summary


def test_a_ministry_spokesman_speaks_for_the_ministry_that_spoke_just_before(nlp):
    # both sides' ministries spoke; the spokesman introduced right after one of them is its
    text = ("YEREVAN — Armenia and Azerbaijan traded fire.\n\nThe fighting erupted on Tuesday, according to "
            "Armenia's Defense Ministry.\n\nAzerbaijan's Defense Ministry said Wednesday that 71 Azerbaijani "
            "servicemen had been killed.\n\n\"There is no offensive,\" ministry spokesman Vugar Hasanov said.\n\n"
            "The spokesman claimed that Armenian losses exceeded 200 dead.")
    _, items, summary = run(nlp, text, "2026-03-12")
    assert cells(items)[("killed", 200)]["_reporter_party"] == "Azerbaijan"
    assert "Armenia" not in summary, summary


def test_n_of_the_officers_is_part_of_the_officers_before(nlp):
    text = ("Kenya and Somalia share the Boni forest.\n\nFive police officers were killed. Police said three of the "
            "officers died on the spot and two others succumbed to gunshot wounds.")
    _, items, _ = run(nlp, text, "2026-03-10")
    assert cells(items)[("killed", 3)]["_subset"] is True


def test_a_residents_count_is_a_witness_account(nlp):
    text = ("Afghanistan and Pakistan traded fire.\n\nThe Islamic Emirate said the death toll had risen to 23 "
            "civilians.\n\n\"We pulled seven bodies from the rubble,\" said Gul Rahman, a resident of Margha.")
    _, items, summary = run(nlp, text, "2026-02-23")
    assert cells(items)[("killed", 7)]["_witness"] is True
    assert summary["Afghanistan"]["killed"] == 23, summary


def test_part_of_the_figure_before(nlp):
    text = (INDIA_PAKISTAN + "Pakistan's foreign ministry said the Indian attack killed four people, "
            "three of them children, and injured five others.")
    _, items, summary = run(nlp, text)
    three = cells(items)[("killed", 3)]  # "three of them children": killed, not injured
    assert three["party"] == "Pakistan"
    assert summary["Pakistan"] == {"killed": 4, "wounded": 5}


def test_migrants_are_no_sides_people(nlp):
    text = ("Saudi border guards killed hundreds of migrants on Yemen frontier, rights group says\n\n"
            "Saudi forces fired mortar rounds at a group of migrants near the border with Yemen, "
            "killing at least 41 people, the group said.")
    _, items, _ = run(nlp, text)
    assert cells(items)[("killed", 41)]["party"] is None


@pytest.mark.parametrize(
    "text, key, historical",
    [
        # "since 2011, when ...": what happened in 2011
        ("Libya and Tunisia closed the crossing.\n\nIt has been closed several times since 2011, when more "
         "than 300,000 people fled into Tunisia.", ("displaced", 300000), True),
        # a baseline for comparison is not the figure's episode
        (AFGHAN_PAKISTAN + "UNAMA said 1,659 civilians were killed in the first half of the year, a rise of 47 "
         "per cent on the same period last year.", ("killed", 1659), False),
        # the paragraph goes on about the earlier war
        (INDIA_PAKISTAN + "In 1999 the two armies fought a short war above Kargil. India lost 527 soldiers "
         "by its own count.", ("killed", 527), True),
        # "the worst since 2018" compares; it dates nothing
        ("Ethiopia and Eritrea blamed each other.\n\nAt least 29 soldiers have been killed, the worst violence "
         "since the two neighbours made peace in 2018.", ("killed", 29), False),
        # a figure inside a dated "since" clause belongs to that earlier event
        ("Kenya and Somalia traded accusations.\n\nLamu has seen many attacks since al-Shabaab fighters raided "
         "Mpeketoni in June 2014, killing about 60 people.", ("killed", 60), True),
        # a long campaign's toll is background
        ("Turkey and the PKK clashed in Iraq.\n\nIn its 40-year campaign, the PKK has been responsible for the "
         "deaths of nearly 40,000 people.", ("killed", 40000), True),
        # "that period" looks back to the earlier episode of the sentence before
        ("Ethiopia and Eritrea traded accusations.\n\nWhen the war began in November 2020, Eritrean troops "
         "occupied the town and many people were killed. The district has documented over 300 civilian deaths "
         "from that period alone.", ("killed", 300), True),
        # ---- blind sets final15-final18
        ("Pakistan and India traded fire.\n\nThe violation is the most serious since the four-day conflict of "
         "May 2023, in which 40 civilians were martyred.", ("killed", 40), True),
        ("Kenya and Somalia closed the border.\n\nLamu has suffered raids since June 2014, when al-Shabaab "
         "gunmen killed about 60 people in Mpeketoni.", ("killed", 60), True),
        # a long-run tally is background; a tally since the current war began is current
        ("Turkey and Syria closed the border.\n\nAccording to the network, Turkish border forces have killed 542 "
         "Syrian civilians since 2011.", ("killed", 542), True),
        ("Israel and Lebanon traded fire.\n\nThe ministry said 540 people had been killed since October 2023.",
         ("killed", 540), False),
        ("Russia and Ukraine traded strikes.\n\nRussian officials said at the time that more than 120,000 residents "
         "had been evacuated from border districts.", ("displaced", 120000), True),
        ("Poland and Belarus traded accusations.\n\nThe network says at least 94 people have died on both sides "
         "of the border since the crisis began in 2019.", ("killed", 94), True),
        ("Kyrgyzstan and Tajikistan closed the border.\n\nFive soldiers were killed in the worst violence since the "
         "two neighbours made peace in 2018.", ("killed", 5), False),
        # a sentence naming a current date as well as an earlier one starts no past episode
        ("Chad and Sudan share a long border.\n\nSudan's war, which began in April 2023, reached Chad's eastern "
         "border once again in March 2026. Fighting around Tina spilled across the wadi into Tine. Chad's army "
         "said four of its soldiers were killed.", ("killed", 4), False),
        # a tally from before the event the story is about
        ("India and Bangladesh held talks.\n\nBefore Saturday's deaths, at least five Bangladeshis had been killed "
         "by the BSF since January, according to the rights body.", ("killed", 5), True),
        # a sentence with no figure and no year goes on about the episode before it
        ("Kyrgyzstan and Tajikistan closed the border.\n\nThe second war, in September 2022, was far bloodier. "
         "Tajik forces pushed into Batken region with drones. Kyrgyzstan reported 59 dead.", ("killed", 59), True),
        ("Kyrgyzstan and Tajikistan closed the border.\n\nThe second war, in September 2022, was far bloodier. "
         "Tajik forces pushed into Batken region with drones. This week, Kyrgyzstan reported two dead.",
         ("killed", 2), False),
    ],
)
def test_earlier_episodes(nlp, text, key, historical):
    _, items, _ = run(nlp, text, "2024-07-20")
    assert cells(items)[key]["historical"] is historical


def test_a_since_when_clause_is_past_even_without_an_article_date(nlp):
    text = ("Kenya and Somalia closed the border.\n\nLamu has suffered raids since June 2014, when al-Shabaab "
            "gunmen killed about 60 people in Mpeketoni.")
    _, items, _ = run(nlp, text, None)
    assert cells(items)[("killed", 60)]["historical"] is True


def test_that_war_looks_back_across_a_one_sentence_paragraph(nlp):
    text = ("Azerbaijan and Armenia traded accusations.\n\nKalbajar district was returned to Azerbaijan on November "
            "25, 2020, under the statement that ended the 44-day war.\n\nDuring that war, 2,908 Azerbaijani "
            "servicemen were killed, according to official data.")
    _, items, _ = run(nlp, text, "2026-04-07")
    assert cells(items)[("killed", 2908)]["historical"] is True


def test_a_release_header_read_as_an_old_date_starts_no_past_episode(nlp):
    text = ("ISAF Joint Command - Afghanistan 2010-11-S-231 2786 For Immediate Release  KABUL, Afghanistan "
            "(Nov. 18, 2010) - A combined Afghan and coalition patrol repelled an insurgent attack in Kunar province "
            "today.  The patrol came under attack from small-arms fire. Initial reports indicate 13 insurgents were "
            "killed in the engagement.")
    doc = nlp(make_doc(nlp, text, None))
    assert [c["historical"] for c in doc._.borderfacts_casualties] == [False]


@pytest.mark.parametrize("sentence, key", [
    ("In 2023 alone, the health office documented the killing of 312 citizens.", ("killed", 312)),
    ("In 2024, a wave of attacks killed more than 150 people.", ("killed", 150)),
])
def test_a_fronted_year_is_an_earlier_episode_in_an_undated_article(nlp, sentence, key):
    # with no article date, the latest year the text names is only a guess at its own
    text = "Saudi Arabia and the Houthis traded fire in 2023 and again this week.\n\n" + sentence
    _, items, _ = run(nlp, text, None)
    assert cells(items)[key]["historical"] is True


def test_an_earlier_wars_toll_is_both_sides_dead(nlp):
    # the sentence names one side, but a past war's or clash's dead are nobody's in particular
    text = ("Thailand and Cambodia closed the border on Monday.\n\nMemories run deep in Cambodia, where clashes "
            "in 2011 around the Preah Vihear temple killed at least 20 people.")
    _, items, _ = run(nlp, text, "2026-05-01")
    assert cells(items)[("killed", 20)]["historical"] is True
    assert cells(items)[("killed", 20)]["party"] is None


def test_dates_inside_the_current_war_are_current(nlp):
    text = ("Sudan's army and the RSF have been fighting since 15 April.\n\n"
            "The UN said in July that it had found the bodies of at least 87 people.")
    _, items, _ = run(nlp, text, "2023-10-02")
    assert cells(items)[("killed", 87)]["historical"] is False


@pytest.mark.parametrize(
    "text, category, count",
    [
        ("Gen Medina mentions 12 killed, 15 injured.", "killed", 12),  # a participle right after the number
        ("In 2022, 144 received wounds.", "wounded", 144),
        ("Thus, the number of killed servicemen reached three.", "killed", 3),
        ("The border service reports that contact has been lost with one border guard.", "missing", 1),
        ("Nineteen soldiers were among those killed.", "killed", 19),
        ("More than 90,000 people have been forced to leave their homes.", "displaced", 90000),
        ("Some 6,000 villagers in the Neelum valley have moved to camps.", "displaced", 6000),
        # displacement by others, and people who crossed
        ("Local authorities moved about 600 residents of Kara-Bulak to safer villages.", "displaced", 600),
        ("More than 1,000 residents were moved to shelters.", "displaced", 1000),
        ("Officials counted about 350 people who crossed the river into Colombia.", "displaced", 350),
        ("Approximately 1,200 inhabitants of Hille Djedid have left their domiciles.", "displaced", 1200),
        # a plural the lexicon does not know, under a killing word
        ("At least six dissidents were killed in the exchange of fire.", "killed", 6),
        ("Three engineers were injured by shrapnel.", "wounded", 3),
        # wounds that killed, wounds received, treatment received
        ("Two soldiers were mortally wounded.", "killed", 2),
        ("He added that five other farmers were still receiving treatment for gunshot wounds.", "wounded", 5),
        ("Several other fishermen suffered cuts and bruises.", "wounded", None),
        # a named person is one victim
        ("Junior Sergeant Hayk Mkrtchyan was fatally wounded, the ministry said.", "killed", 1),
        # "the number of X ... rose to N"
        ("Haider said the number of civilian martyrs had climbed to six after rescuers pulled two more bodies "
         "from the debris.", "killed", 6),
        ("The number of people displaced by the clashes between the guerrillas and the dissidents in the "
         "Catatumbo region rose this Friday to 18,400.", "displaced", 18400),
        ("Ukrainian units took 96 soldiers prisoner, bringing the number of servicemen captured since "
         "Aug. 6 to more than 470.", "captured", 470),
        # ---- blind sets final12-final18
        # what happened to refugees, not what they are
        ("Attack on Hamdayet transit centre leaves 17 refugees dead, UNHCR says", "killed", 17),
        # list-item labels
        ("UNHCR gave these figures:\n\n1. Killed: 17 refugees – 12 Ethiopian nationals and five Eritreans.",
         "killed", 12),
        ("UNHCR gave these figures:\n\n3. Missing: at least 26 refugees, among them nine children.", "missing", 26),
        ("FACT BOX\n- Soldiers wounded: 2\n- Civilians held by the ELN: at least 9", "captured", 9),
        # "Of the dead, ..." lists parts of the dead
        ("Twelve people died. \"Of the dead, 11 are students and one is the school cook,\" he said.", "killed", 11),
        # a list the parser hung as appositions
        ("The commissioner said the dead included four police reservists, three Kenyan civilians and two "
         "Somali traders.", "killed", 3),
        # refuge and shelter, a town left, a title-case headline
        ("The mayor said that 650 people have taken refuge in the municipal seat.", "displaced", 650),
        ("The Red Cross said more than 2,000 residents had left Gatumba for Bujumbura.", "displaced", 2000),
        ("Russian Border Guards Detain Five Georgians Near Occupation Line", "captured", 5),
        ("Four Guatemalan farmworkers were shot dead on the road to the border.", "killed", 4),
        ("\"Four of our valiant soldiers fell as martyrs,\" the ministry said.", "killed", 4),
        ("Eleven of our soldiers fell on the field of honour.", "killed", 11),
        ("UPDF spokesperson Brig. Gen. Geoffrey Oryem said two soldiers were wounded.", "wounded", 2),
        # idioms read from the parse
        ("In the operation, nine khwarij were sent to hell, the ISPR said.", "killed", 9),
        ("Troops dispatched four of the terrorists to hell.", "killed", 4),
        ("Two herders, aged 19 and 63, were taken across the line by the PLA.", "captured", 2),
        ("RSF fighters had rounded up about 40 young men near the village.", "captured", 40),
        ("The attackers carried away 12 people.", "captured", 12),
        ("BSF troops picked up two other traders near the fence.", "captured", 2),
        ("The drone strike claimed the lives of 14 civilians.", "killed", 14),
        ("Two Chadian herders grazing cattle near the wadi were wounded by stray bullets, he added.", "wounded", 2),
        ("A Polish soldier was stabbed through the barrier.", "wounded", 1),
        # singulars and trades the victim lexicon had missed
        ("JCS said one marine was wounded and a civilian contractor was hurt.", "wounded", 1),
        # (since session 12 one figure: civilians counted under one casualty word with "a" one more)
        ("Two truck drivers and a porter were injured by the blast.", "wounded", 3),
        ("Two paramedics were killed when the ambulance was hit.", "killed", 2),
        ("Two migrants were stabbed to death near the fence.", "killed", 2),
        # soldiers who gave themselves up to the other side are its captives
        ("At first 68 BGP members surrendered to Border Guard Bangladesh at the Ghumdhum border point.",
         "captured", 68),
    ],
)
def test_casualty_frames(nlp, text, category, count):
    _, items, _ = run(nlp, text)
    assert (category, count) in cells(items), cells(items)


def test_not_less_than_is_a_bound_not_a_negation(nlp):
    _, items, _ = run(nlp, "The losses amount to not less than seven servicemen killed.")
    assert [(c["count"], c["low"]) for c in items] == [(7, 7)]


@pytest.mark.parametrize("text", ["Iran sent 300 troops to the border.", "The villagers were carrying fuel and tea "
                                  "across the border when guards opened fire.",
                                  "Several hundred armed men on motorcycles and in pick-up trucks attacked the post."])
def test_sending_and_carrying_are_no_casualties_outside_their_idioms(nlp, text):
    _, items, _ = run(nlp, text)
    assert items == []


def test_people_a_finite_verb_of_their_own_acts_on_are_no_victims_of_a_word_outside_it(nlp):
    _, items, _ = run(nlp, "Dozens were injured early on Friday when around 1,500 people tried to scale the fence.")
    assert [(c["category"], c["count"], c["low"]) for c in items] == [("wounded", None, 24)]


def test_deployed_forces_are_no_casualties(nlp):
    text = ("The government will compensate the family of each officer killed, and said 150 General Service Unit "
            "officers had been sent to reinforce posts along the frontier.")
    _, items, _ = run(nlp, text)
    assert 150 not in [c["count"] for c in items]


def test_currency_amounts_are_no_casualties(nlp):
    _, items, _ = run(nlp, "The government will pay Sh2 million to the family of each officer killed.")
    assert items == []


# ---------------------------------------------------------------- default side

def test_headline_ellipsis_and_byline_place_the_story(nlp):
    text = ("THE NAIROBI COURIER\nNEWS | COUNTIES\n\n"
            "Six officers killed as Al-Shabaab raids Mandera border police post\n\n"
            "By OMAR ABDI, Mandera\nJune 10, 2025\n\n"
            "Six police officers were killed and two others are still missing after suspected Al-Shabaab "
            "militants stormed a police post near the Somalia border. Al-Shabaab said it attacked the post. "
            "Kenya's interior minister visited the wounded in Nairobi. Kenya closed the border crossing.")
    _, items, summary = run(nlp, text, "2025-06-10")
    assert summary.get("Kenya", {}).get("killed") == 6, summary


def test_a_headline_ellipsis_keeps_its_victims_past_a_comma(nlp):
    # "..., militants raid village": an object the parser hung on the first verb (session 11)
    text = ("Four police officers killed as IED hits patrol near Elwak, militants raid village\n\n"
            "By Capital FM News | Published February 17, 2026\n\n"
            "NAIROBI, Kenya, Feb 17 - Four police officers were killed on Monday when their vehicle ran over an "
            "improvised explosive device near Elwak in Mandera County, hours before suspected al-Shabaab militants "
            "raided a village. Kenya and Somalia share the border.")
    _, _, summary = run(nlp, text, "2026-02-17")
    assert summary.get("Kenya", {}).get("killed") == 4, summary


def test_dateline_places_the_story(nlp):
    text = ("Bodies of two missing soldiers recovered\n\n"
            "GEORGETOWN, Thursday 19th November, 2026 — Search teams recovered the bodies of two soldiers, "
            "raising to three the number of soldiers killed near the border with Venezuela.\n\n"
            "Venezuela denied any role. The Guyana Defence Force said the patrol came under fire.")
    _, items, _ = run(nlp, text, "2026-11-19")
    assert cells(items)[("killed", 3)]["party"] == "Guyana"


# (Civil.ge is Georgian: no side of this story, so it places nothing)
@pytest.mark.parametrize("masthead, side", [("Lefaso.net\nTuesday 17 March 2026", "Burkina Faso"),
                                            ("Civil.ge, 26/05/2026", None)])
def test_a_masthead_naming_one_countrys_newsroom_files_the_story_there(nlp, masthead, side):
    from borderfacts.casualties import _Context
    text = (masthead + "\n\nSeytenga convoy attack\n\nThe convoy bound for Seytenga was attacked near the "
            "border with Niger, and Burkina Faso said the escort repelled the assailants.")
    doc = nlp(make_doc(nlp, text, "2026-03-17"))
    assert _Context(doc).home_side() == side


# a dateline in any script's capitals, with a country and an agency in brackets
@pytest.mark.parametrize("dateline, side", [("MEDELLÍN | May 20, 2026\n\n", "Colombia"),
                                            ("Cúcuta, February 9, 2026\n\n", "Colombia"),
                                            ("Spin Boldak (Afghanistan) (AFP) - ", "Afghanistan"),
                                            # a district the gazetteer lacks beside a capital (session 11)
                                            ("BAJAUR/ISLAMABAD: ", "Pakistan"),
                                            ("KHARTOUM/JUBA: ", None)])
def test_accented_or_bracketed_datelines_place_the_story(nlp, dateline, side):
    from borderfacts.casualties import _Context, _dateline_side
    text = ("Soldiers freed after attack on the border\n\n" + dateline
            + "The rebels freed three of the soldiers. Colombia, Venezuela, Pakistan and Afghanistan were named.")
    doc = nlp(make_doc(nlp, text, "2026-05-20"))
    assert _dateline_side(_Context(doc)) == side


# a headline's opponent ("clashes with X") and captors' country ("held in X") are not where the story is
@pytest.mark.parametrize("headline, side", [
    ("LIVE: Border clashes with Cambodia as Thai civilian toll climbs", "Thailand"),
    ("Rebels free three of eight soldiers kidnapped on the border; five still held in Venezuela", None),
])
def test_a_headlines_opponent_or_captors_country_places_nothing(nlp, headline, side):
    from borderfacts.casualties import _Context, _headline_side
    text = headline + "\n\nThailand, Cambodia, Colombia and Venezuela were named in the report."
    doc = nlp(make_doc(nlp, text, "2026-05-20"))
    assert _headline_side(_Context(doc)) == side


def test_the_masthead_side_is_the_default_side(nlp):
    text = ("Lefaso.net\nTuesday 17 March 2026\n\nSeytenga convoy attack\n\nThe convoy bound for Seytenga "
            "was attacked near the border with Niger, and Burkina Faso closed the road. Three soldiers were killed.")
    _, items, _ = run(nlp, text, "2026-03-17")
    assert cells(items)[("killed", 3)]["party"] == "Burkina Faso"


def test_a_headline_ending_in_a_colon_is_no_dateline(nlp):
    from borderfacts.casualties import _Context, _dateline_side
    text = ("Shooting at water intake near Vorukh: Kyrgyz border guard killed\n\n28 April 2026\n\n"
            "An exchange of fire broke out on the Kyrgyz-Tajik border, the Border Service of Kyrgyzstan reported.")
    doc = nlp(make_doc(nlp, text, "2026-04-28"))
    assert _dateline_side(_Context(doc)) is None


@pytest.mark.parametrize(
    "text, key, party",
    [
        # the source of "according to X," ends at its comma: the clause after it names the attackers
        ("Iran and Pakistan trade blame.\n\nAccording to the official IRNA news agency, Jaish al-Adl militants "
         "killed 10 Iranian border guards near Saravan. The governor later put the toll at 12.",
         ("killed", 12), "Iran"),
    ],
)
def test_the_source_named_before_a_clause_is_not_the_clause(nlp, text, key, party):
    _, items, _ = run(nlp, text, "2026-02-28")
    assert cells(items)[key]["party"] == party
    assert cells(items)[("killed", 10)]["_reporter_party"] != "Jaish al-Adl"


# ---------------------------------------------------------------- gazetteers

def test_world_places_resolve_towns_and_provinces():
    places = world_places()
    assert places["Chaman"] == ("Pakistan",)
    assert "DR Congo" in places["Goma"]  # (a village in the Philippines shares the name)
    assert "North" not in places  # a Cameroonian region, but in news just a word
    assert world_country("mayor of the Batifa sub-district in Duhok province", {"Iraq", "Turkey"}) == "Iraq"
    assert world_country("the governor of Norte de Santander", {"Colombia", "Venezuela"}) == "Colombia"
    assert world_country("the governor of Norte de Santander", {"Peru"}) is None  # only countries the article names


def test_a_country_the_lede_places_the_story_in_is_a_side(nlp):
    text = ("Borno: Death toll in Mayanti attack rises to 23\n\n"
            "By Ibrahim Musa Gana, Maiduguri\n\n"
            "The death toll has risen to 23 in Saturday's attack by suspected Boko Haram insurgents on Mayanti, "
            "a farming community in Gwoza Local Government Area of Borno State close to the border with Cameroon.")
    doc, items, _ = run(nlp, text, "2026-03-08")
    sides = {p["name"]: p for p in doc._.borderfacts_parties if p["role"] == "side"}
    assert "Nigeria" in sides and sides["Nigeria"]["mentions"] == 0
    assert cells(items)[("killed", 23)]["party"] == "Nigeria"
    assert implied_country(doc, {"Nigeria"}) is None  # named countries are never implied


# ------------------------------------------- rules from the blind sets final7-final9

@pytest.mark.parametrize(
    "text, key, party",
    [
        # an office's province gives its country, even when the NER takes the province for a person
        ("Russia and Ukraine traded strikes.\n\nKursk Oblast acting Governor Roman Starikov said 12 civilians "
         "had been killed.", ("killed", 12), "Russia"),
        # "stormed X village in Beni territory": the place attacked is the victims' side
        ("Uganda and DR Congo launched a joint operation.\n\nThe rebels stormed Kambasa village in Beni "
         "territory on Thursday, killing 17 civilians.", ("killed", 17), "DR Congo"),
        # "near the town of X" places the victims
        ("Israel and Syria traded fire.\n\nTwo soldiers were lightly wounded when a rocket struck an open area "
         "near the town of Katzrin.", ("wounded", 2), "Israel"),
        # after August 2021 Taliban fighters are Afghanistan's forces
        ("Iran and Afghanistan traded fire.\n\nTwo Taliban fighters were killed, the police said.",
         ("killed", 2), "Afghanistan"),
        # "junta troops" are the state's
        ("Myanmar and Bangladesh closed the border.\n\nThe Arakan Army said its fighters had killed more than "
         "60 junta troops.", ("killed", 60), "Myanmar"),
        # a source whose own troops did the killing reports the other country's dead, never its own
        ("Israel and Syria traded fire.\n\nThe IDF said troops had killed four armed men who were trying to "
         "flee the area.", ("killed", 4), "Syria"),
        # "them" finds its fighters in the sentence before
        ("Uganda and DR Congo hunted the Allied Democratic Forces.\n\n\"Our forces tracked the rebels for two "
         "days,\" Tumwine said. \"We killed 26 of them.\"", ("killed", 26), "Allied Democratic Forces"),
        # a region named like another country's people is its own country's ("the Somali Regional State")
        ("Ethiopia and Somalia traded accusations.\n\nHodan Warsame, spokeswoman for the Somali Regional State, "
         "said 17 police officers had been killed.", ("killed", 17), "Ethiopia"),
        # "on their side", said by that side
        ("Azerbaijan and Nagorno-Karabakh traded fire.\n\nKarabakh officials reported that at least 220 people "
         "had died on their side.", ("killed", 220), "Nagorno-Karabakh"),
        # a plural weapon noun marks its country as the attacker
        ("Myanmar bombs land in Tak, five villagers hurt\n\nThailand protested to Myanmar.",
         ("wounded", 5), "Thailand"),
        # ---- final12-final14
        # refugees are never the people of the country that hosts them
        ("Sudan and Ethiopia traded accusations.\n\nGunmen attacked a refugee camp near Hamdayet in eastern "
         "Sudan, killing at least 17 refugees, the UN said.", ("killed", 17), None),
        # a migrant story that names the migrants' country gives its later "migrants" that side
        ("Afghan Migrants Among Dead as Iranian Guards Open Fire\n\nAt least seven Afghan migrants were killed. "
         "Officials at Herat Regional Hospital said the bodies of seven migrants had been brought in, and "
         "relatives said at least five other migrants were still missing.", ("missing", 5), "Afghanistan"),
        # a side phrase speaks for its own clause only
        ("Kenya and Somalia closed the border.\n\nMore than 600 families fled El Wak town for Mandera, while "
         "about 350 families on the Somali side moved towards Bulo Hawo.", ("displaced", 350), "Somalia"),
        # the attackers' own losses, said by their commander: the group's
        ("Sudan and Ethiopia traded accusations.\n\nA commander of the Amhara militia, Wondimu Belay, said his "
         "fighters had lost four men.", ("killed", 4), "Fano"),
        # a separatist group's kills are its own state's soldiers
        ("Pakistan and Iran traded strikes.\n\nThe Balochistan Liberation Front said its fighters had killed "
         "23 soldiers.", ("killed", 23), "Pakistan"),
        # people who arrived in a town of one side came from the other
        ("Chad and Sudan discussed the border.\n\nMore than 18,000 people have arrived in the border town of "
         "Adre since the fighting began.", ("displaced", 18000), "Sudan"),
        # "raised the number of Chinese nationals killed to three"
        ("Tajikistan and Afghanistan traded accusations.\n\nThe GKNB raised the number of Chinese nationals "
         "killed to three.", ("killed", 3), "China"),
        # the subject of "evacuated" owns the evacuees
        ("Israel and Lebanon traded fire.\n\nIsraeli authorities have evacuated some 2,500 residents of border "
         "communities.", ("displaced", 2500), "Israel"),
        # a list line's label gives the category and the side
        ("Colombia and Venezuela met.\n\nThe crisis in figures\n- Venezuelans who fled into Colombia: about 2,600\n"
         "- Soldiers wounded: 2", ("displaced", 2600), "Venezuela"),
        # "occupiers" and "enemy soldiers" are the other side of whoever speaks
        ("Russia and Ukraine traded strikes.\n\nUkraine's General Staff said up to 30 occupiers were killed.",
         ("killed", 30), "Russia"),
        # armed men are fighters: the one armed group's
        ("Kosovo and Serbia traded accusations over the Ibar Guard, a little-known group.\n\nKFOR said its "
         "troops had found the bodies of three armed men.", ("killed", 3), "Ibar Guard"),
        # an article's own armed group, introduced as one
        ("Kosovo and Serbia traded accusations.\n\nPolice identified the attackers as members of the Ibar Guard, "
         "a little-known group. Three of the Ibar Guard attackers were killed.", ("killed", 3), "Ibar Guard"),
        # ---- final15-final18
        # martyred dead are the home side's, even when the sentence names the attacker
        ("Six civilians martyred as Indian troops resort to unprovoked firing along LoC\n\nMUZAFFARABAD, Mar 14 "
         "(APP): At least four civilians were martyred when Indian troops opened fire on villages along the Line "
         "of Control, officials said. Pakistan protested.", ("killed", 4), "Pakistan"),
        # "on the enemy side" / "on our side"
        ("Chad and Libya closed the border.\n\n\"The provisional toll on the enemy side is 47 killed. On our "
         "side, we deplore 6 killed,\" the Chadian army said of the MRT rebels, whom the MRT commander leads.",
         ("killed", 6), "Chad"),
        # an enemy-only verb with no named source: the enemy of the dateline's side
        ("MOSCOW, April 3. /TASS/ - Russia and Ukraine traded strikes. Up to 120 servicemen were neutralized "
         "near the border, the report said.", ("killed", 120), "Ukraine"),
        # a figure in a relative clause on an earlier dated event is historical (checked through its side)
        ("Kenya and Somalia closed the border.\n\nLamu has suffered raids since June 2014, when al-Shabaab "
         "gunmen killed about 60 people in Mpeketoni.", ("killed", 60), "Kenya"),
        # "junta soldiers" are the soldiers of the side ruled by a junta at the article's date
        ("Thailand and Myanmar closed the border.\n\nA rebel commander said his fighters had killed 27 junta "
         "soldiers near Tachileik.", ("killed", 27), "Myanmar"),
        # a source named after a town of a side speaks for that side
        ("Russia and Ukraine traded strikes.\n\nThe FSB Border Directorate for the Kursk Region said three "
         "border guards were wounded.", ("wounded", 3), "Russia"),
        # ---- final19-final20
        # an article that calls one side "the X enemy" is filed from the other; the toll of the enemy's
        # strike is its victims'
        ("Two martyrs in Israeli enemy drone strike on car\n\nIsrael and Lebanon traded fire. The Ministry of "
         "Public Health said the toll of the Israeli enemy strike had risen to three martyrs.", ("killed", 3),
         "Lebanon"),
        # "the enemy army said two of its soldiers were wounded", in that press: the other side's soldiers
        ("Two martyrs in Israeli enemy drone strike on car\n\nIsrael and Lebanon traded fire. The enemy army "
         "said two of its soldiers had been lightly wounded.", ("wounded", 2), "Israel"),
        # ---- final21-final22
        # victims who "sustained" injuries are the subject, not an agent: the story's side
        ("KAMBA, Nigeria — Nigeria and Benin agreed on joint patrols.\n\nBandits attacked the market on Monday. "
         "Two soldiers sustained gunshot injuries, the police said.", ("wounded", 2), "Nigeria"),
        # abducted "by the rebels": fighters are no state agent, the victims are the story's side
        ("GOMA, DR Congo — DR Congo and Rwanda traded accusations.\n\nHe said that at least 11 young men had been "
         "abducted by the rebels in Kamanyola.", ("captured", 11), "DR Congo"),
        # a headline town spelt with a non-ASCII capital places the story
        ("Villagers in Özalp protest after Iranian border guards kill smugglers\n\nIran and Turkey exchanged "
         "notes. Three villagers were killed on the spot, relatives said.", ("killed", 3), "Turkey"),
        # a country a distance is measured from is a landmark, not where the victims were
        ("Cameroon and Nigeria agreed on patrols.\n\nAt least seven civilians were killed when fighters stormed "
         "Ebinsi, a village barely 4 km from Nigeria's Cross River State.", ("killed", 7), None),
        # where villagers fled from says whose they are; where they were chased to does not
        ("Chad and Sudan closed the border.\n\nFighters pursued villagers fleeing the Kereinik area of West Darfur "
         "all the way to the edge of the Chadian border town of Adré, killing at least 23 people.", ("killed", 23),
         "Sudan"),
        # an emergency room named after a town counts whoever it treats: no side's own report
        ("Chad and Sudan closed the border.\n\nThe Adré Emergency Room said 64 wounded people had been received.",
         ("wounded", 64), None),
        # in a story about migrants, the people a side's ministry counts are not its own losses
        ("Migrant found dead on the Evros after shots fired\n\nGreece and Turkey traded blame. Turkey's Interior "
         "Ministry accused Greek units of firing on the boat. It said one person was killed.", ("killed", 1), None),
        # people who left their homes are the story's side before the side an earlier sentence named
        ("KABUL, Afghanistan — Afghanistan and Pakistan traded fire on Monday.\n\nPakistani shells hit the market "
         "in Dangam, killing four civilians.\n\nPakistan's army said it had targeted militant hideouts in the area. "
         "Around 2,000 residents had left their homes for safer areas, a tribal elder said.", ("displaced", 2000),
         "Afghanistan"),
        # "officers" are the source's own agents when they kill, its own losses when they are counted
        ("Kenya and Somalia closed the border.\n\nKenyan police spokeswoman Dorcas Mutheu said two officers were "
         "killed and three officers missing after the ambush.", ("missing", 3), "Kenya"),
        # a headline's place label puts the story in that country; civilians are never an armed group's
        ("Ituri: six civilians killed in an attack attributed to the LRA in Aru territory\n\nAt least six "
         "civilians were killed during an attack by armed men presumed to belong to the Lord's Resistance Army "
         "(LRA), near the borders with Uganda and South Sudan. The LRA fled. FARDC soldiers and Congolese police "
         "arrived later. The LRA was founded in Uganda.", ("killed", 6), "DR Congo"),
        # "Fighting between X and Y has left five soldiers dead": both sides' dead
        ("JUBA, South Sudan — Uganda and South Sudan traded accusations.\n\nFighting between South Sudanese and "
         "Ugandan soldiers over a disputed border post has left five soldiers dead, officials said.", ("killed", 5),
         None),
        # a report's masthead in capitals names its country
        ("CIVILIAN IMPACT MONITORING PROJECT (CIMP) - YEMEN\nMonthly Report: March 2026\n\nYemen and Saudi Arabia "
         "traded fire. On 8 March, several shells struck a weekly market, killing five civilians.", ("killed", 5),
         "Yemen"),
        # "our defenders" in a side's own release, with no named speaker: the side the story is filed from
        ("KYIV — Ukraine and Russia traded fire on Monday.\n\nUnfortunately, one of our defenders was killed in "
         "the battle, the statement said.", ("killed", 1), "Ukraine"),
        # a "ministry spokesman" speaks for the one side whose ministry spoke before, not for the dateline's
        ("BEIRUT — Lebanon and Syria traded accusations on Monday.\n\nSyria's Defence Ministry gave a different "
         "account. It said three members of the security forces were killed.\n\n\"We did not cross into anyone's "
         "land,\" ministry spokesman Colonel Samer al-Dabbagh told Syrian state television.\n\nDabbagh "
         "acknowledged that three soldiers had been missing since the fighting on Sunday.", ("missing", 3), "Syria"),
        # a reporting verb right after "Name," is no title: the country in the reported clause is not the speaker's
        ("Tunisia and Libya closed the crossing.\n\nThe brigade gave a different account. Its commander, Mohamed "
         "al-Rumaih, said Tunisian forces had fired first.\n\nAl-Rumaih said two people were wounded.",
         ("wounded", 2), None),
        # a state force's full name holds a group's name ("Uganda People's Defence Forces"); a bare count after
        # the enemy's dead is more of the same enemy
        ("Uganda and DR Congo agreed on joint operations.\n\n\"Our forces struck four ADF camps. We have "
         "confirmed 47 terrorists killed and five captured alive,\" Uganda People's Defence Forces (UPDF) spokesman "
         "Brigadier General Moses Okwalinga said.", ("captured", 5), "Allied Democratic Forces"),
        # counts coordinated with a group's own fighters are more of its fighters, not its home country's people
        ("China and Myanmar closed the border.\n\nThe Myanmar National Democratic Alliance Army (MNDAA) said its "
         "fighters had captured two posts. The group also said that eight of its own fighters had been killed and "
         "at least 20 wounded, and that two others were missing.", ("wounded", 20),
         "Myanmar National Democratic Alliance Army"),
        # the country of the broadcaster a statement was read on is no victims' side
        ("Burkina Faso and Niger mourned.\n\nIn a joint communique read on Niger's state broadcaster RTN on Friday, "
         "the AES Unified Force said 23 soldiers had been killed in the ambush.", ("killed", 23), None),
        # migrants are nobody's own losses, whoever reports them
        ("Spain and Morocco traded blame.\n\nAt least two migrants died, the Spanish Government Delegation said.",
         ("killed", 2), None),
        # refugees who crossed "from" one side came from it; refugees named later without a side are the same
        ("Sudan and Chad closed the border.\n\nMore than 18,000 refugees have crossed from Sudan's West Darfur "
         "state into Adre since Monday.", ("displaced", 18000), "Sudan"),
        ("Sudan and Chad closed the border.\n\nMore than 18,000 refugees have crossed from Sudan's West Darfur "
         "state into Adre since Monday.\n\nMSF said its teams had treated 212 wounded refugees.",
         ("wounded", 212), "Sudan"),
        # a denial in a "while" clause after the figure is no source of it
        ("Sudan and Ethiopia trade blame.\n\nThe Sudanese army said it had repelled an attack by Ethiopian "
         "militiamen in al-Fashaga. Four soldiers were killed in the fighting, while Addis Ababa denied that any of "
         "its forces had taken part.", ("killed", 4), "Sudan"),
        # "Dominican", a demonym two countries share, is the one of them the article names
        ("Haiti and the Dominican Republic closed the border.\n\nTwo Dominican soldiers were slightly wounded, "
         "the army said.", ("wounded", 2), "Dominican Republic"),
        # people who crossed into a side's town came from the other side, whatever place the clause names
        ("OUANAMINTHE, Haiti — Gunmen attacked the town.\n\nMore than 6,000 residents have fled their homes. About "
         "2,300 of them crossed the river into the Dominican city of Dajabón.", ("displaced", 2300), "Haiti"),
        # the soldiers of a migrant story are the home side's, though the migrants are nobody's
        ("Polish soldier stabbed at Belarus border dies as bodies of migrants found in forest\n\nA Polish soldier "
         "who was stabbed by a migrant has died. Two other soldiers and a Border Guard officer were lightly injured "
         "by stones thrown from the Belarusian side.", ("wounded", 2), "Poland"),
        # "N other combatants" are more of the men of the figure before, not the armed group's
        ("Burkina Faso and Niger mourned.\n\nThe Islamic State Sahel Province attacked the convoy. The Government "
         "confirms the death of 23 Burkinabe soldiers. Twenty-two other combatants were wounded.",
         ("wounded", 22), "Burkina Faso"),
        # a title-case headline's attacker is the word on its plural attack noun only, not every word before it
        ("Islamic Emirate Condemns Pakistani Airstrikes in Paktika's Barmal, Says 23 Civilians Killed\n\n"
         "Pakistani jets struck houses in Barmal. Residents said 31 people were wounded.", ("wounded", 31),
         "Afghanistan"),
        # a headline's "by X" names the agent, never where the victims are
        ("Villager Shot Dead, Three Detained by Russian Forces Near Occupation Line\n\nGeorgia and Russia "
         "trade accusations.\n\nA fourth man, a shepherd, was still missing.", ("missing", 1), None),
        # "Its spokesperson, Lieutenant Colonel X" speaks for the subject of the sentence before
        ("Indonesia and the TPNPB fought near Keerom.\n\nThe TNI's regional command confirmed the clash. Its "
         "spokesperson, Lieutenant Colonel Arief Setyo Nugroho, said one soldier was killed.", ("killed", 1),
         "Indonesia"),
        # "the figure climbed past 4,000" updates the count of the people who crossed, and keeps their side
        ("Thailand and Myanmar closed the bridge.\n\nThe district chief said about 2,700 people had crossed into "
         "Thailand on Thursday alone. The figure climbed past 4,000 on Friday.", ("displaced", 4000), "Myanmar"),
        # smugglers a side reports dead are the ones it hunted, never its own losses
        ("Jordan and Syria agree to tighten the border.\n\nJordan's army said the clash left 14 smugglers dead.",
         ("killed", 14), "Syria"),
    ],
)
def test_side_rules_from_the_blind_sets(nlp, text, key, party):
    _, items, _ = run(nlp, text, "2026-03-01")
    assert cells(items)[key]["party"] == party, cells(items)


@pytest.mark.parametrize("reference", ["2011-05-02", None])
def test_taliban_stay_a_group_in_isaf_era_reports(nlp, reference):
    # dated before August 2021, or undated but naming the coalition's forces
    text = "Afghan and coalition forces killed two Taliban fighters in Kandahar, ISAF said."
    _, items, _ = run(nlp, text, reference)
    assert cells(items)[("killed", 2)]["party"] == "Taliban"


def test_a_sides_count_of_a_third_countrys_civilians_is_no_claim(nlp):
    text = ("Tajikistan and Afghanistan closed the crossing.\n\nThree Chinese nationals were killed when gunmen "
            "opened fire from Afghan territory, the Border Troops of Tajikistan said.")
    _, items, summary = run(nlp, text, "2026-01-09")
    assert not cells(items)[("killed", 3)].get("_claim")
    assert summary.get("China", {}).get("killed") == 3, summary


def test_the_killer_named_in_a_headline_is_not_the_story_side(nlp):
    text = ("UPDF kills 26 ADF rebels after deadly raid on Congolese border village\n\n"
            "KASESE — Local leaders said that 300 residents of neighbouring villages had fled into the forest.")
    _, items, _ = run(nlp, text, "2026-04-06")
    assert cells(items)[("displaced", 300)]["party"] == "DR Congo"


def test_disputed_areas_decide_no_side():
    assert set(world_places()["Abyei"]) == {"Sudan", "South Sudan"}
    assert world_country("Chief Administrator of the Abyei Area", {"Sudan", "South Sudan"}) is None


def test_a_name_with_combined_in_it_is_no_overall_toll(nlp):
    text = ("India and Pakistan traded fire.\n\nAt least four civilians were martyred, the ISPR said, adding that "
            "the injured had been shifted to the Combined Military Hospital in Sialkot.")
    _, items, summary = run(nlp, text, "2026-05-12")
    assert cells(items)[("killed", 4)]["party"] == "Pakistan"
    assert "overall" not in summary, summary


def test_fighters_of_no_known_side_are_an_overall_figure(nlp):
    # the contract: `overall` holds the figures the text does not tie to one side (ISAF's convention too)
    text = "Sudan accused the militia of the raid.\n\nThe army said troops killed 19 of the assailants."
    _, items, summary = run(nlp, text, "2026-11-16")
    assert cells(items)[("killed", 19)]["party"] is None
    assert summary.get("overall") == {"killed": 19}, summary


def test_peacekeepers_belong_to_their_mission(nlp):
    text = ("Israel and Lebanon traded fire.\n\nThe UN Interim Force in Lebanon (UNIFIL) said three peacekeepers "
            "were wounded when an artillery round exploded inside one of its positions near Kfar Kila.")
    _, items, summary = run(nlp, text, "2026-03-10")
    assert cells(items)[("wounded", 3)]["party"] == "UNIFIL"
    assert summary.get("UNIFIL") == {"wounded": 3}, summary


def test_a_mission_whose_peacekeepers_were_hit_is_not_the_story_side(nlp):
    # the mission's dead vote for no default side: the villagers killed around it are nobody's
    text = ("Abyei death toll rises to 23 as UNISFA mourns peacekeeper killed in attack\n\n"
            "Sudan and South Sudan both claim Abyei.\n\nThe administrator said armed youth stormed three villages. "
            "He said the administration had counted 17 bodies. UNISFA said one of its peacekeepers was killed and "
            "two injured peacekeepers were flown to Juba.")
    _, items, _ = run(nlp, text, "2026-02-20")
    assert cells(items)[("killed", 17)]["party"] is None
    assert cells(items)[("wounded", 2)]["party"] == "UNISFA"


def test_a_span_of_years_is_no_count(nlp):
    text = "Between 2000 and 2025, more than 1,200 Bangladeshis were killed by border forces, the group estimates."
    _, items, _ = run(nlp, text, "2026-06-11")
    assert [(c["count"], c["low"]) for c in items] == [(1200, 1200)]


def test_people_of_an_unrecognised_entity_belong_to_the_movement_that_is_the_side(nlp):
    text = ("Morocco and the Polisario Front traded accusations.\n\nThe Polisario Front said a Moroccan drone "
            "strike killed six of its fighters and three Sahrawi civilians. Morocco denied it. The Polisario "
            "Front called on the UN to act, and Morocco said its army had only hit armed men. The Polisario "
            "Front and Morocco have fought since 2020.")
    _, items, _ = run(nlp, text, "2026-10-05")
    assert cells(items)[("killed", 3)]["party"] == "Polisario Front"


def test_coined_group_names_before_a_force_noun_are_sides_of_their_own(nlp):
    text = ("Somaliland and SSC-Khatumo forces clash near Las Anod\n\nSSC-Khatumo's defence secretary said "
            "16 of its fighters had been killed.")
    _, items, _ = run(nlp, text, "2026-05-20")
    assert cells(items)[("killed", 16)]["party"] == "SSC-Khatumo"


@pytest.mark.parametrize(
    "text",
    [
        "The wider war between the Houthis and a Saudi-led coalition killed more than 150,000 people.",
        "The ADF, which was formed in Uganda in 1995, has killed thousands of civilians in eastern DR Congo.",
    ],
)
def test_a_whole_wars_toll_is_background(nlp, text):
    _, items, summary = run(nlp, text, "2026-08-11")
    assert items and all(c["historical"] for c in items), items
    assert summary == {}, summary


def test_fighters_belong_to_the_armed_group_named_last_when_several_are_named(nlp):
    text = ("Sudan accuses Ethiopian militia of killing farmers\n\nThe Rapid Support Forces were not involved, "
            "officials said.\n\nSudan's army blamed the Fano militia for the raid on the farms. Troops pursued "
            "the attackers and killed 19 of the assailants, the army spokesman said.")
    _, items, _ = run(nlp, text, "2026-11-16")
    assert cells(items)[("killed", 19)]["party"] == "Fano"


def test_the_country_the_lede_places_the_story_in_is_a_side_even_when_named_less(nlp):
    text = ("Bandits abduct 27 Sokoto villagers, demand ransom\n\nBy Abubakar Musa, Sokoto\n\n"
            "Suspected bandits from across the border with Niger Republic have abducted 27 residents of Gidan "
            "Bawa village in Sokoto State, killing three persons. Police said the bandits returned to Niger. "
            "Officials in Nigeria met on Monday.")
    doc, items, _ = run(nlp, text, "2026-06-09")
    sides = {p["name"] for p in doc._.borderfacts_parties if p["role"] == "side"}
    assert "Nigeria" in sides, sides


def test_refugees_a_host_country_counts_are_the_people_of_the_country_they_fled(nlp):
    text = ("Chad and the Central African Republic closed the border.\n\nChad's health ministry said 46 wounded "
            "refugees had been treated in Gore.")
    _, items, _ = run(nlp, text, "2026-03-10")
    assert cells(items)[("wounded", 46)]["party"] == "Central African Republic"


def test_governing_group_merges_into_its_country_in_the_parties_list(nlp):
    doc, items, _ = run(nlp, "Islamic Emirate accuses Pakistan of shelling Paktia\n\nThe Islamic Emirate said "
                             "Pakistani forces fired rockets into Paktia province, killing four civilians.", "2026-02-15")
    sides = {p["name"] for p in doc._.borderfacts_parties if p["role"] == "side"}
    assert "Afghanistan" in sides and "Taliban" not in sides, doc._.borderfacts_parties
    assert cells(items)[("killed", 4)]["party"] == "Afghanistan"


@pytest.mark.parametrize(
    "text, key",
    [
        # the troops another verb takes are no victims of the casualty word after them
        ("The army says the operation, involving about 600 troops backed by helicopters, killed nine gang "
         "members.", ("killed", 600)),
        ("Border Rights Watch interviewed 31 survivors and 7 relatives of people killed or wounded.", ("killed", 7)),
    ],
)
def test_no_casualty_from_the_blind_sets_final12_to_final14(nlp, text, key):
    _, items, _ = run(nlp, text, "2026-05-01")
    assert key not in cells(items), cells(items)


def test_a_neutralised_count_is_always_a_claim(nlp):
    text = ("Niger and Mali closed the border.\n\n\"Our forces neutralised some forty terrorists of JNIM,\" the "
            "communique read.")
    _, items, summary = run(nlp, text, "2026-05-01")
    assert cells(items)[("killed", 40)].get("_claim") is True
    assert "killed" not in summary.get("JNIM", {}), summary


def test_money_glued_to_its_sign_is_no_casualty(nlp):
    _, items, _ = run(nlp, "Haiti and the Dominican Republic closed the border. Traders have lost an "
                           "estimated RD$40 million.", "2026-05-01")
    assert not items, items


def test_a_rank_abbreviation_does_not_end_the_sentence(nlp):
    doc, _, _ = run(nlp, "In Kampala, UPDF spokesperson Brig. Gen. Geoffrey Mugisha Oryem said two soldiers "
                         "were wounded.", "2026-05-01")
    assert len(list(doc.sents)) == 1
    assert doc._.borderfacts_statements[0]["speaker"] == "Geoffrey Mugisha Oryem"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the country or town named before the speaker's name in the sentence introducing them
        ("Russian shelling hit Ukraine's Sumy region again on Monday. Two missiles struck central Sumy, the broadcaster said, "
         "citing the head of the regional military administration, Serhiy Kryvonis. At least 11 people were "
         "killed and 63 injured, Kryvonis said.", "Ukraine"),
        # a quotation before the name says nothing of where the speaker stands
        ('Russian drones hit Sumy region on Monday. "The Russians are hunting people," Vitalii Moroz, head of '
         "the military administration, said. A drone later killed two passengers, Moroz said.", None),
    ],
)
def test_a_speakers_side_from_the_sentence_introducing_them(nlp, text, expected):
    speakers = {"Serhiy Kryvonis", "Vitalii Moroz"}
    doc, items, _ = run(nlp, text)
    from borderfacts.casualties import _Context
    context = _Context(doc)
    speaker = next(s["speaker"] for s in doc._.borderfacts_statements if s.get("speaker") in speakers)
    assert context.introduction_party(speaker) == expected


def test_a_sides_count_of_the_other_sides_refugees_is_no_claim(nlp):
    _, items, summary = run(nlp, "Myanmar troops shelled villages near the border on Monday. Border Guard "
                                 "Bangladesh said about 3,500 Myanmar nationals had fled into Bangladesh.")
    assert [(c["party"], c.get("_claim")) for c in items if c["category"] == "displaced"] == [("Myanmar", None)]
    assert summary.get("Myanmar", {}).get("displaced") == 3500



def test_other_spellings_of_sizeable_towns_are_places():
    assert world_places().get("Duhok") == ("Iraq",)
    assert world_places().get("Sulaimaniya") == ("Iraq",)
    # regions as the news spells them
    assert world_places().get("Tigray") == ("Ethiopia",)
    assert world_places().get("North Kivu") == ("DR Congo",)


def test_a_body_the_article_abbreviates_is_of_the_region_it_spells_out(nlp):
    text = ("Fighting around Zalambessa: what we know\n\nEritrea denies that its troops crossed into Ethiopia. "
            "The Tigray Interim Administration (TIA) said on Sunday that at least 27 civilians had been killed "
            "by shelling in Zalambessa, the TIA said.")
    _, items, _ = run(nlp, text)
    assert [(c["party"], c["count"]) for c in items] == [("Ethiopia", 27)], items


def test_a_communiques_toll_by_side(nlp):
    text = ("Chad says seven soldiers killed in Tibesti attack\n\nN'DJAMENA, April 14, 2026 - Chad's government "
            "said seven soldiers had been killed when fighters of the Military Command Council for the Salvation "
            "of the Republic (CCMSR) attacked an army position near the Libyan border.\n\n"
            "Provisional toll:\n- Enemy side: 63 killed, 21 taken prisoner.\n- Friendly side: 7 killed and 18 wounded.\n")
    _, items, summary = run(nlp, text, "2026-04-14")
    labelled = {(c["party"], c["category"], c["count"], bool(c.get("_claim"))) for c in items
                if c.get("_why") == "side label"}
    assert ("CCMSR", "killed", 63, True) in labelled and ("Chad", "wounded", 18, False) in labelled
    assert "CCMSR" not in summary  # the enemy's losses by its foe's count are a claim


def test_its_spokesman_speaks_for_the_subject_of_the_sentence_before(nlp):
    text = ("Fighting broke out near Kabarore between Burundian troops and RED-Tabara rebels from Rwanda.\n\n"
            "RED-Tabara, a rebel movement led by Burundian exiles, said it attacked an army post. Its spokesman, "
            "Leonce Harerimana, said the group had lost two fighters. The Burundian army tells a different story. "
            "Its spokesman, Col Anicet Nduwimana, said troops killed 12 of the attackers.")
    doc, _, _ = run(nlp, text)
    from borderfacts.casualties import _Context

    context = _Context(doc)
    assert context.possessor_party("Leonce Harerimana") == "RED-Tabara"
    assert context.possessor_party("Anicet Nduwimana") == "Burundi"



@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the subject of "lost" owns "their men": the attackers, by the army's account the enemy
        ('"The attackers lost 11 of their men," said Ugandan army spokesman Brig Gen Richard Kabagambe.',
         "South Sudan"),
        # the subject of "killed" owns nobody: "its fighters" are the speaker's
        ("A Ugandan drone killed six of its fighters, South Sudan's army said.", "South Sudan"),
    ],
)
def test_whose_men_their_men_are(nlp, sentence, expected):
    text = "Uganda and South Sudan traded blame for the clash at the border.\n\n" + sentence
    _, items, _ = run(nlp, text)
    assert [c["party"] for c in items if c["count"] in (11, 6)] == [expected], items


@pytest.mark.parametrize(
    "text, dateline, headline",
    [
        # a masthead's city field ("Duhok" is a spelling GeoNames lists for Dihok)
        ("LIVE UPDATES: Turkish airstrike hits tourist resort\n\nKurdistan24 | Duhok | 2026-06-07\n\n"
         "A Turkish airstrike hit a resort in Iraq on Sunday. Iraq condemned the strike; Turkey said it "
         "struck PKK shelters.", "Iraq", None),
        # a place and a date alone on a line; the headline's violator is the attacker, no place of victims
        ("Pakistan violates ceasefire in Poonch; 4 villagers killed as Army hits back\n\nBy HT Correspondent\n\n"
         "Jammu, May 14\n\nFour civilians were killed when Pakistani troops shelled villages, officials said. "
         "India lodged a protest with Pakistan.", "India", None),
        # an agency's name and a full stop end the dateline
        ("Serviceman killed by Azerbaijani fire\n\nYEREVAN, MARCH 12, ARMENPRESS. A serviceman of the Armenian "
         "Armed Forces was killed by Azerbaijani fire, the ministry said. Azerbaijan denied it.", "Armenia", None),
        # ... or a bracketed agency and a full stop (session 10)
        ("Three soldiers wounded in clash with illegal miners\n\nLima, July 8, 2026 (ANDINA). Three Peruvian soldiers were "
         "wounded near the border with Ecuador, the ministry reported.", "Peru", None),
        # a city alone on a line, in capitals with an accent (session 13)
        ("Death toll rises to 41\n\nJUSTICE UNIT\nCÚCUTA\nJune 8, 2026\n\nThe war between the ELN and the dissidents "
         "has left 41 dead. Colombia and Venezuela reported clashes.", "Colombia", None),
    ],
)
def test_datelines_place_the_story(nlp, text, dateline, headline):
    from borderfacts.casualties import _Context, _dateline_side, _headline_side

    doc, _, _ = run(nlp, text, "2026-06-07")
    context = _Context(doc)
    assert (_dateline_side(context), _headline_side(context)) == (dateline, headline)


def test_a_channel_named_after_a_place_speaks_for_no_side_that_struck_the_place(nlp):
    # "Jordanian warplanes struck ... Suwayda" names the place, not the speaker "Suwayda 24"
    _, items, _ = run(nlp, "Jordanian warplanes struck sites in the countryside of Suwayda on Thursday.\n\n"
                           "The local news network Suwayda 24 said that at least seven people were wounded.",
                      "2026-03-01")
    wounded = cells(items)[("wounded", 7)]
    assert wounded["reported_by"] == "Suwayda 24"
    assert wounded["party"] != "Jordan"


def test_a_governing_group_whose_home_is_named_is_never_another_country():
    # "Houthi authorities" in a story about Ethiopian migrants that names Yemen: not Ethiopia's (session 10)
    from borderfacts.casualties import _governing_groups

    parties = [{"name": "Saudi Arabia", "role": "side", "_kind": "country", "mentions": 9},
               {"name": "Houthis", "role": "side", "_kind": "group", "mentions": 5, "aliases": ["Houthi"]},
               {"name": "Yemen", "role": "side", "_kind": "country", "mentions": 4},
               {"name": "Ethiopia", "role": "other", "_kind": "country", "mentions": 3}]
    mapping = _governing_groups("Houthi authorities in Saada did not comment.", parties, "2026-05-01")
    assert "Houthis" not in mapping


def test_a_part_of_a_claim_is_a_claim_and_a_part_of_an_overall_toll_has_no_side(nlp):
    # (session 11)
    _, _, summary = run(nlp, "Iranian border guards clashed with Jaish al-Adl militants near Saravan.\n\nThe IRGC "
                             "said 23 terrorists including two senior commanders had been killed.")
    assert summary == {}  # the IRGC's count of the enemy it killed, parts and all
    _, items, _ = run(nlp, "Mali and Algeria traded accusations.\n\nA drone strike near Tinzaouaten killed at "
                           "least 16 people, including six children, a separatist alliance said.")
    assert cells(items)[("killed", 6)]["party"] == cells(items)[("killed", 16)]["party"]


def test_a_monitor_named_by_its_seat_is_the_observatory_and_no_side(nlp):
    # "The UK-based monitor" is the observatory named before, and "UK-based" gives it no side (session 12)
    _, items, _ = run(nlp, "Turkish drones struck villages near Kobani.\n\nThe Syrian Observatory for Human Rights "
                           "later put the toll higher. The UK-based monitor said six civilians had been killed.")
    six = cells(items)[("killed", 6)]
    assert six["reported_by"] == "Syrian Observatory for Human Rights"
    assert six["party"] != "United Kingdom"


def test_a_part_of_the_dead_told_later_is_of_the_tolls_side(nlp):
    # "six of the dead" a sentence after the toll: not the side the sentence happens to name (session 12)
    _, items, _ = run(nlp, "Israeli strikes killed at least 10 Syrians in Quneitra on Monday, the observatory said.\n\n"
                           "It said that six of the dead were civilians, and that the other four were local men who had "
                           "taken up arms against the Israeli force.")
    assert cells(items)[("killed", 6)]["party"] == cells(items)[("killed", 10)]["party"] == "Syria"


def test_two_armies_in_a_headline_place_no_story(nlp):
    # "Ethiopian troops, Somali forces clash": both act; neither is where the victims are (session 12)
    from borderfacts.casualties import _Context, _headline_side

    doc, _, _ = run(nlp, "Ethiopian troops, Somali forces clash near the airstrip as elders warn of wider war\n\n"
                         "Heavy fighting erupted on Monday.")
    assert _headline_side(_Context(doc)) is None
    doc, _, _ = run(nlp, "Ethiopian troops kill 12 villagers near the airstrip in Somalia\n\nHeavy fighting erupted.")
    assert _headline_side(_Context(doc)) == "Somalia"


def test_the_actor_of_a_headlines_as_clause_is_no_victims_side(nlp):
    # however the parser reads "rams" in the headline, the coast guard attacks (session 12)
    _, items, _ = run(nlp, "6 Navy men hurt, 1 loses thumb as China Coast Guard rams, water-cannons Ayungin resupply "
                           "boats\n\nThe boats were on a resupply mission on Monday.")
    assert [c["party"] for c in items] == [None, None], items


def test_a_coast_guard_is_its_states_force(nlp):
    _, items, _ = run(nlp, "Philippine and Chinese vessels collided near the shoal.\n\n"
                           "At least two China Coast Guard personnel were hurt, a navy spokesman said.")
    assert cells(items)[("wounded", 2)]["party"] == "China"


@pytest.mark.parametrize(
    "affiliation, state",
    [
        ("president of civil society in Kasindi", False),  # a local association's head (session 12)
        ("president of the local traders' union", False),
        ("President of Kenya", True),
        ("the president", True),
        ("Defence Minister", True),
    ],
)
def test_what_names_a_state_office(affiliation, state):
    from borderfacts.casualties import STATE_ROLE

    assert bool(STATE_ROLE.search(affiliation)) is state


@pytest.mark.parametrize(
    "text, key, party",
    [
        # "23 others" are more of the people just named, not both sides' toll
        ("Ethiopia and Sudan traded accusations.\n\nAt least eleven Ethiopian farmers have been killed and 23 others "
         "abducted in four days of fighting between the Sudanese army and Amhara militia fighters.",
         ("captured", 23), "Ethiopia"),
        # a hospital's count with fighters among its wounded is of both sides
        ("Ethiopia and Sudan traded accusations.\n\nA doctor at Metema General Hospital said the hospital had received "
         "19 wounded people since Saturday, including three Fano fighters.", ("wounded", 19), None),
        # the abbreviation an article gives a party it names in full
        ("Myanmar and Bangladesh closed the border.\n\nThe Arakan Army (AA) said it held the town. AA spokesman Khaing "
         "Zaw Htet said AA troops killed about 60 regime soldiers last week.", ("killed", 60), "Myanmar"),
        # settlements on one side of the border place what happens there
        ("Cameroon and Nigeria are hunting the insurgents.\n\nAfter the assault on the base, the insurgents stormed two "
         "settlements on the Nigerian side. Residents said six villagers were shot dead.", ("killed", 6), "Nigeria"),
        # a unit of a known group is that group
        ("Venezuela and Colombia traded blame.\n\nThe war between the ELN and the 33rd Front of the FARC dissidents has "
         "spread. Venezuelan troops killed four members of the 33rd Front, a general said.",
         ("killed", 4), "FARC dissidents"),
        # civilians a side says another party killed are its own
        ("DR Congo and Rwanda traded accusations.\n\nIn Kinshasa, government spokesman Jean-Marie Kasongo said at least "
         "47 civilians had been killed by \"M23 terrorists and their Rwandan backers\".", ("killed", 47), "DR Congo"),
        # who treats the wounded hit nobody
        ("Israel and Lebanon exchanged fire.\n\nIsrael's Magen David Adom emergency service said it treated two men for "
         "light shrapnel wounds in Kiryat Shmona.", ("wounded", 2), "Israel"),
        # the attackers' noun says nothing of whose the next soldiers are
        ("Kyrgyzstan and Tajikistan traded blame.\n\nOne Kyrgyz border guard was killed in a shootout with Tajik "
         "servicemen near Kok-Tash, the Kyrgyz border service said. Two servicemen were injured, it said.",
         ("wounded", 2), "Kyrgyzstan"),
    ],
)
def test_session_13_sides(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert cells(items)[key]["party"] == party, items


def test_another_report_in_the_sentence_names_no_victims(nlp):
    # "Indian Army claims [Pakistani troops opened fire in Keran sector]": the army, the attackers and Keran
    # belong to that claim, not to the residents the SDMA counts
    _, items, _ = run(nlp, "India and Pakistan traded fire.\n\nIndian Army claims Pakistani troops opened fire first "
                           "in Keran sector; SDMA says nearly 1,200 residents moved to safer places.")
    assert cells(items)[("displaced", 1200)]["party"] != "India", items


def test_the_actors_of_a_headlines_clash_are_no_victims_side(nlp):
    from borderfacts.casualties import _Context, _headline_side

    doc, _, _ = run(nlp, "Eleven farmers killed, 23 abducted as Sudanese army, Fano militia clash near border\n\n"
                         "Residents said the fighting began on Saturday.")
    assert _headline_side(_Context(doc)) is None


def test_a_headline_soldier_is_the_lead_soldier(nlp):
    _, items, _ = run(nlp, "Soldier killed in river ambush\n\nA Guyana Defence Force (GDF) soldier was killed yesterday "
                           "when gunmen firing from the Venezuelan bank ambushed a patrol boat.")
    assert [c["party"] for c in items] == ["Guyana", "Guyana"], items


def test_a_body_named_after_a_place_of_the_other_side_speaks_for_that_side(nlp):
    # "the Zulia Integral Defense Zone" is Venezuela's, though the story is filed from Colombia
    _, items, summary = run(nlp, "CÚCUTA\n\nColombia and Venezuela closed the border.\n\nGeneral Ramón Aular, commander "
                                 "of the Zulia Integral Defense Zone, said that two Venezuelan soldiers were wounded.")
    assert cells(items)[("wounded", 2)]["_reporter_party"] == "Venezuela", items
    assert summary.get("Venezuela") == {"wounded": 2}, summary


def test_a_unit_named_after_its_group():
    from borderfacts.groups import units_of_known_groups

    assert units_of_known_groups("the war between the ELN and the FARC dissidents of the 10th Front") == {
        "10th Front": "FARC dissidents"}
    assert units_of_known_groups("fighters of the 33rd Front of the FARC dissidents") == {"33rd Front": "FARC dissidents"}
    assert units_of_known_groups("the 33rd Front attacked") == {}


@pytest.mark.parametrize(
    "text, key, party",
    [
        # "its" after a group named in the sentence is the group's
        ("Iran and Pakistan traded strikes.\n\nIran's Revolutionary Guards said they had hit two strongholds of the "
         "militant group Jaish al-Adl near Panjgur, killing nine of its members.", ("killed", 9), "Jaish al-Adl"),
        # the losses given as the reason for a side's strikes are its own
        ("Iran and Pakistan traded strikes.\n\nPakistan carried out strikes on militant hideouts inside Iran on Monday, "
         "after an Iranian missile and drone attack on its territory killed three children.", ("killed", 3), "Pakistan"),
        # migrants are no side's people, wherever they fell
        ("Saudi Arabia and the Houthis traded fire.\n\nThe IOM said at least 12 migrants had been killed in shelling on "
         "the Yemeni side of the border.", ("killed", 12), None),
        # hurt in a fight with one country's troops: the other country's; a "both sides" of another report
        # in the headline makes nothing overall
        ("Six soldiers injured in face-off with PLA troops at Yangtse; Army says both sides 'immediately "
         "disengaged'\n\nIndia and China held talks on Wednesday.", ("wounded", 6), "India"),
        ("Israel and Egypt reviewed the attack.\n\nTwo other soldiers were lightly wounded during the later "
         "firefight with the gunman, according to the IDF.", ("wounded", 2), "Israel"),
        # the agent of a passive harm is the attacker; a road is no agent
        ("India and China held talks.\n\nTwo graziers from Tawang district were detained by Chinese troops on "
         "Monday.", ("captured", 2), "India"),
        ("Sudan and South Sudan traded blame.\n\nThe company said more than 400 workers had been evacuated by road "
         "to El Obeid and by air to Port Sudan.", ("displaced", 400), None),
        # people displaced "in the deadliest violence" are the story's people (the dead of a two-sided fight are not)
        ("Sudan and South Sudan both claim Abyei.\n\nMore than 50 South Sudanese have been killed and over 14,000 "
         "displaced in the deadliest violence in the enclave in two years. Officials in South Sudan said 41 South "
         "Sudanese civilians had been killed.", ("displaced", 14000), "South Sudan"),
        # two armed groups at home in one country fight among its people
        ("The ELN and the FARC dissidents fought for a third day.\n\nThe ELN said it had taken the town. The "
         "FARC dissidents denied it. At least 38,000 people have fled their homes in Colombia's Catatumbo, the "
         "Ombudsman said.", ("displaced", 38000), "Colombia"),
    ],
)
def test_session_13_more_sides(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert cells(items)[key]["party"] == party, items


def test_a_restated_count_is_never_a_part_of_another_toll(nlp):
    from borderfacts.casualties import _restated_nearby

    found = [{"count": 3, "category": "killed", "party": None, "_sent": 0, "historical": False},
             {"count": 3, "category": "killed", "party": "Iran", "_sent": 1, "historical": False, "_part": True}]
    assert _restated_nearby(found, 0) is None


def test_a_headline_figure_is_no_first_mention_to_keep_sideless(nlp):
    _, items, _ = run(nlp, "Eleven farmers killed, 23 abducted as army, militia clash\n\nAt least eleven Ethiopian farmers "
                           "have been killed and 23 others abducted, officials in Ethiopia said. Sudan denied it. \"We have "
                           "counted 23 people who were taken across the border,\" an Ethiopian official said.")
    assert [c["party"] for c in items if c["count"] == 23][-1] == "Ethiopia", items


@pytest.mark.parametrize(
    "text, key, party",
    [
        # a group's spokesman counting "comrades" counts its own fighters, not its home country's civilians
        ("Myanmar and Thailand closed the crossing.\n\nSaw Kler Htoo, a spokesman for the Karen National Liberation "
         "Army (KNLA), said: \"We lost three comrades and the junta lost many more.\"", ("killed", 3),
         "Karen National Union"),
        # a feud between rival tribes in one country, a neighbour named as a landmark
        ("Yemen and Oman reopened the crossing.\n\nThe death toll from two days of clashes between rival tribal "
         "gunmen in Yemen's eastern Mahra governorate, near the Shahan crossing with Oman, rose to nine on Monday, a "
         "local health official said.", ("killed", 9), "Yemen"),
        # a side named in a negation is no victims' side
        ("Yemen and Oman reopened the crossing.\n\nIn Yemen's Mahra governorate, gunmen attacked a convoy. Some 600 "
         "residents of nearby villages have fled, the local authority said, adding that no Omani nationals had "
         "been harmed.", ("displaced", 600), "Yemen"),
        # the prisoners an armed group claims to hold are the state's men
        ("Mali and Burkina Faso closed the border.\n\nThe Malian army said the post at Boulkessi was attacked. JNIM "
         "claimed that its fighters had killed more than 50 soldiers and taken seven prisoners.", ("captured", 7),
         "Mali"),
        # where captives were taken is not the minister's side: the home side's minister speaks
        ("Quito, Feb 16 (Prensa Latina) Ecuador and Colombia traded accusations.\n\nFour soldiers were also captured by "
         "the attackers and taken across the river into Colombian territory, Defense Minister Andrés Villacís told a "
         "press conference in Quito.", ("captured", 4), "Ecuador"),
        # a state force the article abbreviates: its commandant speaks for its country
        ("India and Nepal traded accusations.\n\nPersonnel of India's Sashastra Seema Bal (SSB) opened fire on Monday, "
         "police said.\n\nCommandant Ajay Pratap Singh of the SSB's 57th Battalion said smugglers attacked a patrol "
         "with stones, injuring three jawans.", ("wounded", 3), "India"),
    ],
)
def test_session_14_sides(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert cells(items)[key]["party"] == party, items


@pytest.mark.parametrize(
    "headline, side",
    [
        # a news agency's section label names the country it files the story under
        ("AFRICA/SOUTH SUDAN - Cattle raids and clashes on the border with Uganda: thousands cross into Adjumani",
         "South Sudan"),
        # where the displaced crossed into is not where the story happens
        ("Cattle raids on the border: thousands of displaced people cross into Adjumani", None),
        # intruders from a country are not its victims
        ("Sabotage group from Belarus tries to break into Chernihiv Oblast: two border guards wounded", None),
        # a country label before a colon files the story under that country
        ("Mali: JNIM fighters overrun army post near border with Burkina Faso and Niger", "Mali"),
        # a border "with" names a neighbour, however the parser hangs it
        ("JNIM fighters overrun Malian army post near border with Burkina Faso and Niger", "Mali"),
    ],
)
def test_session_14_headline_sides(nlp, headline, side):
    from borderfacts.casualties import _Context, _headline_side

    named = "Mali, Burkina Faso and Niger" if "Mali" in headline else \
        "South Sudan, Uganda, India, Nepal, Belarus and Ukraine"
    doc, _, _ = run(nlp, headline + f"\n\n{named} were named in the report, which gave no details.")
    assert _headline_side(_Context(doc)) == side


def test_a_state_force_spelt_out_with_its_initials():
    from borderfacts.groups import spelt_out_abbreviations

    assert spelt_out_abbreviations("personnel of India's Sashastra Seema Bal (SSB) opened fire") == {"SSB": "India"}
    # an abbreviation the gazetteer already knows is left to it
    assert spelt_out_abbreviations("the Border Security Force (BSF) said") == {}


@pytest.mark.parametrize(
    "text, key, party",
    [
        # Yonhap's abbreviations of the Koreas
        ("South Korea and North Korea traded warnings.\n\nA landmine blast wounds several N. Korean troops near the "
         "MDL, the JCS said.", ("wounded", None), "North Korea"),
        # gunmen "from Lebanon" before are Lebanon's when a group is named only in passing
        ("Syria and Lebanon deployed troops.\n\nSyria's Defense Ministry said two of its soldiers were killed when "
         "gunmen from Lebanon attacked an army position. Lebanon's army said it was not involved. Syrian forces later "
         "killed dozens of gunmen, Syria's SANA said. Lebanese officials in Hermel and Syrian officials in Qusayr "
         "spoke of calm.\n\nThe area was long under the sway of Hezbollah.", ("killed", None), "Lebanon"),
    ],
)
def test_session_14_names(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert [c["party"] for c in items if (c["category"], c["count"]) == key][-1] == party, items


def test_prisoners_a_group_claims_stay_out_of_the_summary(nlp):
    _, items, summary = run(nlp, "Mali and Burkina Faso closed the border.\n\nThe Malian army said the post at "
                                 "Boulkessi was attacked. JNIM claimed that its fighters had killed more than 50 "
                                 "soldiers and taken seven prisoners.")
    assert cells(items)[("captured", 7)].get("_claim") is True, items
    assert "captured" not in summary.get("Mali", {}), summary




@pytest.mark.parametrize(
    "text, key, party",
    [
        # a title-case headline naming a side who speaks still takes the town where it happened
        ("Shelling Kills 4 in Belgorod Region as Ukraine Claims Cross-Border Push\n\nThe strike hit a bus stop in "
         "the town, killing three people and injuring 11, the governor wrote. Russia and Ukraine traded "
         "accusations.", ("killed", 3), "Russia"),
        # a headline where two sides act together: its figure is both sides' toll
        ("India and Pakistan trade heavy fire across Kashmir frontier, killing at least 21\n\nAt least 12 people "
         "have been killed on the Indian side, officials say. Pakistan says nine people died on its side.",
         ("killed", 21), None),
        # what follows a semicolon is another clause: "Tehran says" is not the source of the children's deaths
        ("Pakistan lodges strong protest with Iran over Panjgur strikes\n\nThree children martyred, two women injured; "
         "Tehran says it targeted Jaish al-Adl hideouts\n\nISLAMABAD - Pakistan summoned Iran's envoy on Tuesday.",
         ("killed", 3), "Pakistan"),
        # "others" in the next sentence are more of the people just named
        ("Houthi shells kill three in Jazan\n\nHouthi shells killed three Saudi civilians in Jazan, officials said. "
         "Two Saudi soldiers died.\n\nSeparately, the IOM said the bodies of 14 Ethiopian migrants had "
         "been recovered near Al-Raqw, a district of Saada about 2 km from the Saudi frontier. At least 30 others were injured and up to 20 remain missing, it said.",
         ("wounded", 30), "Ethiopia"),
        # fighters a state's troops killed "on the Nigerian side" are the armed group's
        ("Cameroon and Nigeria closed the border after Boko Haram raids.\n\nOn the Nigerian side of the border, the "
         "Defence Headquarters in Abuja said troops had killed 32 terrorists around Gwoza.", ("killed", 32),
         "Boko Haram"),
        # a toll of the militants the troops killed is the armed group's
        ("Kenya and Somalia closed the border after al-Shabaab attacks.\n\nTroops killed 11 militants on Sunday. By "
         "Monday, KDF said the number of militants killed in the operation had risen to 17.", ("killed", 17),
         "al-Shabaab"),
        # a distance "from the Somalia border" is a landmark, not whose the wounded are
        ("Kenya and Somalia closed the border.\n\nIn Mandera, two police officers were killed and three others injured "
         "on Sunday when their Land Cruiser ran over a roadside bomb near Arabia, about 15 kilometres from the Somalia "
         "border.", ("wounded", 3), "Kenya"),
    ],
)
def test_session_15_sides(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert cells(items)[key]["party"] == party, items


def test_a_headline_pair_of_sides_names_no_place(nlp):
    from borderfacts.casualties import _Context, _headline_side

    doc, _, _ = run(nlp, "Dozens killed as Somaliland and SSC-Khatumo forces clash outside Las Anod\n\nHeavy fighting "
                         "between Somaliland troops and SSC-Khatumo forces raged on Tuesday.")
    assert _headline_side(_Context(doc)) is None
    # a pair in another clause leaves the headline figure alone
    context = _Context(run(nlp, "Turkey strikes militants in Syria and Iraq after nine soldiers killed\n\nTurkey, "
                                "Syria and Iraq were named.")[0])
    assert context.paired_in_headline(context.text.index("nine")) is False


def test_a_headline_label_is_no_side_of_the_headline_figure(nlp):
    # a country label files the story; it is no side named in the headline's own sentence
    _, items, _ = run(nlp, "Somaliland: elders broker truce after Wajaale clan clashes claim 11 lives\n\nFighting between "
                           "rival clan militias from both sides of the border with Ethiopia left at least 11 people "
                           "dead.")
    assert [c["party"] for c in items if c["count"] == 11] == [None, None], items


def test_a_town_inside_a_province_the_world_gazetteer_knows_is_placed(nlp):
    from borderfacts.casualties import _Context

    doc, _, _ = run(nlp, "Junta airstrikes on two villages north of Maungdaw in Rakhine State have killed at least 14 "
                         "civilians, residents said. Myanmar's junta and the Arakan Army (AA) gave no figures. "
                         "Bangladesh closed its border.")
    # "X in <a province>": the NER takes Maungdaw for a person, but after "north of" it is a place
    assert _Context(doc).places.table.get("Maungdaw") == "Myanmar"


def test_soldiers_an_armed_group_captured_alongside_its_kills_are_the_enemys(nlp):
    _, items, summary = run(nlp, "Myanmar and Bangladesh closed the border.\n\nThe Arakan Army (AA) said in a statement "
                                 "on Wednesday that its fighters had repulsed a regime offensive launched from the border area, "
                                 "killing dozens of junta troops and capturing 27 soldiers, among them a major.")
    captured = cells(items)[("captured", 27)]
    assert (captured["party"], captured.get("_claim")) == ("Myanmar", True), items
    assert "captured" not in summary.get("Myanmar", {}), summary


def test_a_report_before_a_semicolon_is_not_the_source_after_it(nlp):
    _, items, _ = run(nlp, "Six soldiers martyred as Afghan forces open fire on posts in Kurram, Bajaur\n\nISPR says 23 "
                           "khwarij killed in 'befitting response'; Kabul claims 20 Pakistani troops dead\n\nISLAMABAD: "
                           "Pakistan and Afghanistan traded fire on Monday.")
    claim = cells(items)[("killed", 20)]
    assert (claim["party"], claim["reported_by"], claim.get("_claim")) == ("Pakistan", "Afghanistan", True), items


def test_a_paragraph_opened_on_one_side_goes_on_about_it(nlp):
    _, items, _ = run(nlp, "Tanzania and Mozambique agreed to patrol the river.\n\nInsurgents raided two Tanzanian "
                           "villages on Sunday, killing seven people.\n\nOn the Mozambican side, the picture this month is "
                           "grim. Local officials in Nangade said nine civilians had been beheaded in three villages "
                           "near the river.")
    assert cells(items)[("killed", 9)]["party"] == "Mozambique", items


@pytest.mark.parametrize(
    "text, key, party",
    [
        # a border named by both its countries places the event on neither side
        ("Uganda and DR Congo extend their joint operation.\n\nSuspected ADF rebels killed at least 47 civilians in "
         "night raids on villages straddling the Uganda-DR Congo border this week.", ("killed", 47), None),
        # an earlier event "since" which the violence is the worst places nothing
        ("Uganda and DR Congo extend their joint operation.\n\nRebels killed at least 47 civilians in raids this "
         "week, the deadliest violence in the region since the 2023 massacre in Mpondwe.", ("killed", 47), None),
        # a "both sides" that describes the source is no overall count
        ("Thailand and Myanmar closed the crossing.\n\nAt least seven civilians were killed in air strikes on villages "
         "south of Myawaddy on Sunday, according to a relief network, a community aid group working on both sides of "
         "the border.", ("killed", 7), "Myanmar"),
        # "the group" announcing deaths of "its members": the group the sentence before named
        ("Israel and Lebanon traded fire.\n\nIsraeli strikes killed two people in south Lebanon, Lebanon's health "
         "ministry said. Hezbollah said it had fired rockets at military positions in the Galilee. In a separate "
         "statement, the group announced the deaths of three of its members.", ("killed", 3), "Hezbollah"),
        # "Across the border," turns to the other country
        ("Israel struck villages in south Lebanon on Monday, killing two people, Lebanon's health ministry said.\n\n"
         "Across the border, the Kiryat Shmona municipality said about 1,200 residents had left the city.",
         ("displaced", 1200), "Israel"),
        # "N of them" a sentence later are of the people just counted
        ("India and Myanmar agreed to talks.\n\nIn Manipur, around 350 people from Myanmar's Sagaing Region entered "
         "India through Moreh on Friday. Officials said 12 of them had gunshot or splinter injuries.",
         ("wounded", 12), "Myanmar"),
        # where a monitor sits gives no side to what it reports
        ("Turkey and Iraq exchanged protests.\n\nTurkish drones struck villages in Duhok province, Iraq. Community "
         "Peacemaker Teams, a US-based NGO that monitors the strikes, said about 40 families had left their homes in "
         "Kani Masi subdistrict.", ("displaced", 40), "Iraq"),
        # a name several groups bear, made another's by its abbreviation, when the article names that group
        ("Turkey struck the PKK in northern Iraq.\n\nThe PKK's armed wing, the People's Defence Forces (HPG), said two "
         "of its fighters had been killed in a strike in the Zap area.", ("killed", 2), "PKK"),
        # the assailants carried away their own dead
        ("Niger and Mali closed the border after an Islamic State Sahel Province attack.\n\nThe assailants carried "
         "away several of their dead, a security source said.", ("killed", None), "Islamic State Sahel Province"),
    ],
)
def test_session_16_sides(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert cells(items)[key]["party"] == party, items


def test_a_byline_city_places_the_story(nlp):
    from borderfacts.casualties import _Context, _dateline_side

    doc, _, _ = run(nlp, "Ethiopia-Eritrea tensions rise\n\nHana Tesfaye\nBBC News, Addis Ababa\n\nEritrea and "
                         "Ethiopia traded accusations.")
    assert _dateline_side(_Context(doc)) == "Ethiopia"


def test_a_force_acting_in_a_title_case_headline_is_no_victim(nlp):
    # "Russian Forces Detain Two Villagers": Russia acts; the villagers are Georgia's
    _, items, _ = run(nlp, "Russian Forces Detain Two Villagers, Man Wounded by Gunfire Near Occupation Line\n\n"
                           "Russian border guards detained two residents of the Georgian village of Khurvaleti, "
                           "Georgia's State Security Service said.")
    assert [(c["category"], c["count"], c["party"]) for c in items][:2] == [
        ("captured", 2, "Georgia"), ("wounded", 1, "Georgia")], items


def test_a_part_of_an_earlier_episode_is_of_that_episode(nlp):
    _, items, _ = run(nlp, "Russia and Georgia met in Geneva.\n\nAccording to the Public Defender, Russian forces "
                           "detained 41 Georgian citizens along the occupation line in 2025. At least 12 of them "
                           "remained in custody in Tskhinvali as of December.", "2026-01-26")
    assert [(c["count"], c["party"], c["historical"]) for c in items] == [(41, "Georgia", True),
                                                                          (12, "Georgia", True)], items


def test_a_group_an_official_names_is_a_side(nlp):
    _, items, _ = run(nlp, "Kosovo police officer killed in attack near Jarinje\n\nAround 30 masked gunmen ambushed a "
                           "police patrol near Rudnica, Kosovo Police said. Interior Minister Driton Halimi said three "
                           "of the attackers had been killed. He named the group as the Lazar Brigade, a formation "
                           "that first appeared last year.", "2026-03-16")
    assert cells(items)[("killed", 3)]["party"] == "Lazar Brigade", items


def test_others_after_a_figure_are_no_restated_figure():
    from borderfacts.casualties import _restated_nearby

    def figure(count, category, party, sent, head):
        return {"count": count, "category": category, "party": party, "_sent": sent, "_head": head,
                "historical": False}

    # "four Iranian guards were wounded ... one civilian was killed and four others were wounded": the others
    # are more of the civilian's people, not the guards told again
    found = [figure(4, "wounded", "Iran", 10, "guards"), figure(1, "killed", "Afghanistan", 20, "civilian"),
             figure(4, "wounded", None, 20, "others")]
    assert _restated_nearby(found, 2) is None
    found[2]["_head"] = "guards"
    assert _restated_nearby(found, 2) == "Iran"


def test_a_total_of_one_sides_places_is_that_sides(nlp):
    # "In total" only adds up; the provinces it names are Cambodia's
    _, items, _ = run(nlp, "Thailand and Cambodia traded artillery fire.\n\nIn total, more than 35,000 people have been "
                           "evacuated from border areas of Oddar Meanchey and Preah Vihear provinces, according to "
                           "the disaster committee.")
    assert cells(items)[("displaced", 35000)]["party"] == "Cambodia", items
    # ... and so is a total of the region the sentence before placed the story in (three gold writers:
    # "In total, two people were killed and 17 were wounded across the region", in Belgorod)
    _, items, _ = run(nlp, "Russia and Ukraine traded strikes.\n\nShelling hit two villages in Russia's Belgorod "
                           "region on Friday, the governor said. In total, two people were killed and 17 were wounded "
                           "across the region.")
    assert cells(items)[("wounded", 17)]["party"] == "Russia", items
    # "on both sides" is every side's
    _, items, _ = run(nlp, "Thailand and Cambodia traded artillery fire.\n\nMore than 35,000 people have been "
                           "evacuated on both sides of the border.")
    assert cells(items)[("displaced", 35000)]["party"] is None, items


@pytest.mark.parametrize(
    "text, key, party",
    [
        # "the DEMONYM border town of X" is a town by the pattern alone, whatever the NER makes of the name
        ("GOMA, Congo (AP) — Artillery shells slammed into the Rwandan border town of Rubavu on Wednesday, killing at "
         "least five civilians, as M23 rebels pushed west of Goma and Congo's army answered, officials said.",
         ("killed", 5), "Rwanda"),
        # a role's body ("Government spokeswoman") is the subject of the sentence before ("Rwanda's government")
        ("GOMA, Congo (AP) — Shells fell on both sides of the border on Wednesday.\n\nRwanda's government blamed the "
         "Congolese army for the shelling. Government spokeswoman Solange Umutoni said five people were killed.",
         ("killed", 5), "Rwanda"),
        # "X had lost N soldiers killed": the losses are the subject's, whoever reports them
        ("Russia and Ukraine traded fire.\n\nOleksandr Stepanenko, a spokesman for Ukraine's border guard service, "
         "said Russian forces had lost about 30 soldiers killed in the area on Monday.", ("killed", 30), "Russia"),
        # "N of them", a sentence after the men a side holds, are of those men, whoever tells it
        ("Myanmar and Bangladesh discussed the crisis.\n\nOn Monday, 23 more members of Myanmar's Border Guard Police "
         "were disarmed and detained by Border Guard Bangladesh after crossing the frontier, according to BGB. Nine of "
         "them are wounded and being treated under guard, it said.", ("wounded", 9), "Myanmar"),
        # "Baku put its own death toll at 80": the subject's own toll (a capital names its country)
        ("Armenia and Azerbaijan fought a two-day war in September 2022.\n\nYerevan said 207 of its servicemen had "
         "been killed, while Baku put its own death toll at 80.", ("killed", 80), "Azerbaijan"),
        # a Somali regional state's forces are a side of their own; militants stay al-Shabaab's
        ("Kenya and Somalia stepped up patrols after an al-Shabaab attack.\n\nJubaland forces clashed with the "
         "militants near Beled Hawo. Jubaland officials said three Jubaland soldiers were killed. The Kenya Defence "
         "Forces said troops killed 21 militants in the pursuit, and al-Shabaab claimed the attack. Jubaland security "
         "forces sealed the town.", ("killed", 3), "Jubaland"),
        ("Kenya and Somalia stepped up patrols after an al-Shabaab attack.\n\nJubaland forces clashed with the "
         "militants near Beled Hawo. Jubaland officials said three Jubaland soldiers were killed. The Kenya Defence "
         "Forces said troops killed 21 militants in the pursuit, and al-Shabaab claimed the attack. Jubaland security "
         "forces sealed the town.", ("killed", 21), "al-Shabaab"),
        # "wounded by shrapnel in his yard": a possessive in the agent's place names no actor, so the reporting
        # side's own civilian stays its own
        ("Armenia and Azerbaijan exchanged fire overnight.\n\nOne civilian, a 67-year-old man, was lightly wounded by "
         "shrapnel in his yard, according to Armenia's human rights ombudsman, Gohar Melkonian.", ("wounded", 1),
         "Armenia"),
        # "The Civil Defence in Jazan said": the body of a side's province
        ("Saudi Arabia and Yemen's Houthis traded fire.\n\nThe Civil Defence in Jazan said a shell struck a house in "
         "Al Harth governorate, killing one resident.", ("killed", 1), "Saudi Arabia"),
        # a resident in a story about migrants is a local: the reporting side's own
        ("At least 47 African migrants killed on Saudi-Yemen border\n\nAt least 47 African migrants have been killed "
         "by gunfire on the Saudi-Yemen border, a rights group said. Separately, the Civil Defence in Jazan said a "
         "Houthi shell struck a house in Al Harth governorate, killing one resident.", ("killed", 1), "Saudi Arabia"),
    ],
)
def test_session_17_sides(nlp, text, key, party):
    _, items, _ = run(nlp, text)
    assert cells(items)[key]["party"] == party, items


def test_a_claim_to_have_killed_stays_out_of_the_summary(nlp):
    # "Houthis claim to have killed more than 20 Saudi troops": the claimant's word on its enemy's losses
    _, items, summary = run(nlp, "Saudi Arabia and the Houthis trade fire\n\n- Houthis claim to have killed more than "
                                 "20 Saudi troops\n\nCAIRO - Saudi Arabia's Ministry of Defence said one soldier was "
                                 "killed on Monday in Jazan province.")
    assert cells(items)[("killed", 20)]["party"] == "Saudi Arabia" and cells(items)[("killed", 20)]["_claim"], items
    assert summary.get("Saudi Arabia", {}).get("killed") == 1, summary


def test_part_of_the_displaced_crossing_into_one_side_came_from_the_other(nlp):
    # "some 4,000 of the displaced had crossed the border into Venezuela", say Venezuelan authorities: Colombians
    _, items, _ = run(nlp, "Colombia and Venezuela discussed the crisis.\n\nVenezuelan authorities in Zulia state said "
                           "some 4,000 of the displaced had crossed the border into Venezuela, where they were being "
                           "housed in schools.")
    assert cells(items)[("displaced", 4000)]["party"] == "Colombia", items


def test_fighters_belong_to_the_group_named_last_within_a_few_paragraphs(nlp):
    # two armed groups in the story: "terrorists" some 800 characters after the attackers are named are theirs
    filler = "The attack began before dawn and lasted several hours, residents said. " * 10
    _, items, _ = run(nlp, "Nigeria and Cameroon pledged joint patrols after attacks by Boko Haram and ISWAP.\n\n"
                           "Boko Haram fighters attacked a Cameroonian post at Tourou on Monday, and Boko Haram gunmen "
                           "abducted 23 people in Adamawa. Suspected fighters of the Islamic State West Africa Province "
                           "(ISWAP) killed at least seven Nigerian soldiers in an attack on a military base in Gwoza. "
                           + filler + "\n\nThe army spokesman said troops had killed scores of terrorists as they fled "
                           "towards the border.")
    assert cells(items)[("killed", None)]["party"] == "Islamic State West Africa Province", items


def test_a_place_set_off_as_a_demonyms_settlement_is_that_sides(nlp):
    # "Mfum, the Nigerian border community he leads": Mfum is Nigeria's, so are the residents who fled it,
    # though the sentence around them speaks of Cameroon
    _, items, _ = run(nlp, "Cameroonian troops pursue separatists across the river\n\nCameroonian soldiers chasing "
                           "separatist fighters crossed the river on Sunday, Cameroon's army said. By dawn, bullets had "
                           "torn through the roofs of Mfum, the Nigerian border community he leads.\n\nCameroon's army "
                           "said its troops had withdrawn to Cameroonian territory. About 1,200 residents of Mfum had "
                           "fled, local officials said.")
    assert cells(items)[("displaced", 1200)]["party"] == "Nigeria", items


def test_a_source_of_no_side_reports_no_losses_of_its_own(nlp):
    # "the Norwegian Refugee Council said ...": an aid group named after a country speaks of others' people
    _, items, _ = run(nlp, "Kenya and Somalia step up patrols after al-Shabaab attack\n\nKenya and Somalia stepped up "
                           "patrols after an al-Shabaab attack on a Kenyan police post near Mandera. Kenya's interior "
                           "ministry said al-Shabaab fighters crossed from Somalia. Somali officials condemned the "
                           "attack.\n\nThe Norwegian Refugee Council said about 3,000 people had been displaced.")
    assert cells(items)[("displaced", 3000)]["party"] != "Norway", items
