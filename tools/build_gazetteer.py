"""Build borderfacts/data/parties.json, the gazetteer of conflict parties.

Dev-time script, not used at runtime.  Run from the repository root:

    .venv/bin/pip install pycountry      # dev only, not a runtime dependency
    .venv/bin/python tools/build_gazetteer.py

Sources:
- pycountry (ISO 3166-1): the list of countries and their ISO name, official
  name and common name (added as aliases).  Dependent territories are dropped
  (NON_SOVEREIGN below); the 193 UN members, the Holy See, Palestine, Taiwan
  and Western Sahara remain.
- COUNTRIES below (hand-written): the news short name, extra aliases and the
  demonyms/adjectives of every kept country, plus Kosovo and the disputed
  entities that pycountry does not carry.
- GROUPS and ORGANISATIONS below (hand-written).

Variants are added automatically: a curly-apostrophe copy of any string with
an apostrophe ("Workers' Party" -> "Workers’ Party") and an accent-free copy
of any string with accented letters ("Türkiye" -> "Turkiye").

Demonym notation: "Afghan+" means "Afghan" and its plural "Afghans".

The script asserts that every alias/demonym string belongs to exactly one
entry (compared after the same folding as borderfacts.gazetteer.fold) and prints the counts.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "borderfacts" / "data" / "parties.json"

# ISO 3166-1 entries that are not sovereign states (dependencies, territories,
# uninhabited areas, SARs).  Everything else in pycountry is kept.
NON_SOVEREIGN = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM FLK FRO GGY GIB "
    "GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN "
    "PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF".split()
)

# pycountry strings not used as aliases (ambiguous or not news usage).
# Strings with a comma or a parenthesis ("Korea, Republic of") are always skipped.
DROP_ISO_NAMES = {
    "COG": {"Congo"},  # bare "Congo" goes to DR Congo, as in wire-service usage
}

# alpha_3 (or a made-up key for non-ISO entities) -> (news name, extra aliases, demonyms)
# Demonyms left out on purpose: "Korean" (two Koreas), "Dominican" (Dominica /
# Dominican Republic), "Congolese" only for DR Congo, "Guinean" only for Guinea,
# "Central African" (region), "Micronesian" (region), "English"/"Scottish"/"Welsh",
# "Arab", "Persian", "Malay", "Pole" (common word).
COUNTRIES: dict[str, tuple[str, list[str], list[str]]] = {
    # --- Asia / Middle East -------------------------------------------------
    "AFG": ("Afghanistan", ["Islamic Emirate of Afghanistan"], ["Afghan+"]),
    "ARE": ("United Arab Emirates", ["UAE", "U.A.E."], ["Emirati+"]),
    "ARM": ("Armenia", [], ["Armenian+"]),
    "AZE": ("Azerbaijan", [], ["Azerbaijani+", "Azeri+"]),
    "BHR": ("Bahrain", [], ["Bahraini+"]),
    "BGD": ("Bangladesh", [], ["Bangladeshi+"]),
    "BTN": ("Bhutan", [], ["Bhutanese"]),
    "BRN": ("Brunei", ["Brunei Darussalam"], ["Bruneian+"]),
    "KHM": ("Cambodia", [], ["Cambodian+", "Khmer"]),
    "CHN": ("China", ["PRC"], ["Chinese"]),
    "CYP": ("Cyprus", [], ["Cypriot+", "Greek Cypriot+"]),
    "GEO": ("Georgia", [], ["Georgian+"]),
    "IND": ("India", [], ["Indian+"]),
    "IDN": ("Indonesia", [], ["Indonesian+"]),
    "IRN": ("Iran", ["East Azerbaijan", "West Azerbaijan", "East Azarbaijan", "West Azarbaijan"], ["Iranian+"]),
    "IRQ": ("Iraq", ["Kurdistan Region", "Kurdistan Region of Iraq", "Kurdistan Regional Government", "KRG", "Iraqi Kurdistan"], ["Iraqi+"]),
    "ISR": ("Israel", [], ["Israeli+"]),
    "JPN": ("Japan", [], ["Japanese"]),
    "JOR": ("Jordan", [], ["Jordanian+"]),
    "KAZ": ("Kazakhstan", [], ["Kazakh+", "Kazakhstani+"]),
    "KWT": ("Kuwait", [], ["Kuwaiti+"]),
    "KGZ": ("Kyrgyzstan", ["Kirghizia"], ["Kyrgyz", "Kyrgyzstani+"]),
    "LAO": ("Laos", ["Lao PDR"], ["Lao", "Laotian+"]),
    "LBN": ("Lebanon", [], ["Lebanese"]),
    "MYS": ("Malaysia", [], ["Malaysian+"]),
    "MDV": ("Maldives", [], ["Maldivian+"]),
    "MNG": ("Mongolia", [], ["Mongolian+"]),
    "MMR": ("Myanmar", ["Burma", "Republic of the Union of Myanmar"], ["Burmese", "Rohingya", "Rohingyas"]),
    "NPL": ("Nepal", [], ["Nepali+", "Nepalese"]),
    "PRK": ("North Korea", ["DPRK"], ["North Korean+"]),
    "OMN": ("Oman", [], ["Omani+"]),
    "PAK": ("Pakistan", [], ["Pakistani+"]),
    "PSE": ("Palestine", ["Palestinian territories", "Palestinian Territories",
                          "occupied Palestinian territories", "Occupied Palestinian Territory"],
            ["Palestinian+"]),
    "PHL": ("Philippines", [], ["Filipino+", "Philippine"]),
    "QAT": ("Qatar", [], ["Qatari+"]),
    "SAU": ("Saudi Arabia", ["KSA"], ["Saudi+"]),
    "SGP": ("Singapore", [], ["Singaporean+"]),
    "KOR": ("South Korea", ["Republic of Korea", "ROK"], ["South Korean+"]),
    "LKA": ("Sri Lanka", [], ["Sri Lankan+"]),
    "SYR": ("Syria", [], ["Syrian+"]),
    "TWN": ("Taiwan", ["Republic of China"], ["Taiwanese"]),
    "TJK": ("Tajikistan", [], ["Tajik+", "Tajikistani+"]),
    "THA": ("Thailand", [], ["Thai+"]),
    "TLS": ("East Timor", ["Timor-Leste"], ["Timorese", "East Timorese"]),
    "TUR": ("Turkey", ["Republic of Turkey"], ["Turkish", "Turk+"]),
    "TKM": ("Turkmenistan", [], ["Turkmen", "Turkmenistani+"]),
    "UZB": ("Uzbekistan", [], ["Uzbek+", "Uzbekistani+"]),
    "VNM": ("Vietnam", [], ["Vietnamese"]),
    "YEM": ("Yemen", [], ["Yemeni+"]),
    # --- Europe ---------------------------------------------------------------
    "ALB": ("Albania", [], ["Albanian+"]),
    "AND": ("Andorra", [], ["Andorran+"]),
    "AUT": ("Austria", [], ["Austrian+"]),
    "BLR": ("Belarus", [], ["Belarusian+", "Belarussian+"]),
    "BEL": ("Belgium", [], ["Belgian+"]),
    "BIH": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina", "BiH"], ["Bosnian+"]),
    "BGR": ("Bulgaria", [], ["Bulgarian+"]),
    "HRV": ("Croatia", [], ["Croatian+", "Croat+"]),
    "CZE": ("Czech Republic", [], ["Czech+"]),
    "DNK": ("Denmark", [], ["Danish", "Dane+"]),
    "EST": ("Estonia", [], ["Estonian+"]),
    "FIN": ("Finland", [], ["Finnish", "Finn+"]),
    "FRA": ("France", [], ["French"]),
    "DEU": ("Germany", [], ["German+"]),
    "GRC": ("Greece", [], ["Greek+"]),
    "HUN": ("Hungary", [], ["Hungarian+"]),
    "ISL": ("Iceland", [], ["Icelandic", "Icelander+"]),
    "IRL": ("Ireland", ["Republic of Ireland"], ["Irish"]),
    "ITA": ("Italy", [], ["Italian+"]),
    "LVA": ("Latvia", [], ["Latvian+"]),
    "LIE": ("Liechtenstein", [], ["Liechtensteiner+"]),
    "LTU": ("Lithuania", [], ["Lithuanian+"]),
    "LUX": ("Luxembourg", [], ["Luxembourgish", "Luxembourger+"]),
    "MLT": ("Malta", [], ["Maltese"]),
    "MDA": ("Moldova", [], ["Moldovan+"]),
    "MCO": ("Monaco", [], ["Monegasque+"]),
    "MNE": ("Montenegro", [], ["Montenegrin+"]),
    "NLD": ("Netherlands", ["The Netherlands", "Holland"], ["Dutch"]),
    "MKD": ("North Macedonia", [], ["Macedonian+"]),
    "NOR": ("Norway", [], ["Norwegian+"]),
    "POL": ("Poland", [], ["Polish", "Poles"]),
    "PRT": ("Portugal", [], ["Portuguese"]),
    "ROU": ("Romania", [], ["Romanian+"]),
    "RUS": ("Russia", [], ["Russian+"]),
    "SMR": ("San Marino", [], ["Sammarinese"]),
    "SRB": ("Serbia", [], ["Serbian+", "Serb+"]),
    "SVK": ("Slovakia", [], ["Slovak+", "Slovakian+"]),
    "SVN": ("Slovenia", [], ["Slovenian+", "Slovene+"]),
    "ESP": ("Spain", [], ["Spanish", "Spaniard+"]),
    "SWE": ("Sweden", [], ["Swedish", "Swede+"]),
    "CHE": ("Switzerland", [], ["Swiss"]),
    "UKR": ("Ukraine", [], ["Ukrainian+"]),
    "GBR": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["British", "Briton+", "Brit+"]),
    "VAT": ("Vatican City", ["Holy See", "Vatican", "Vatican City State"], []),
    # --- Africa ---------------------------------------------------------------
    "DZA": ("Algeria", [], ["Algerian+"]),
    "AGO": ("Angola", [], ["Angolan+"]),
    "BEN": ("Benin", [], ["Beninese", "Beninois"]),
    "BWA": ("Botswana", [], ["Botswanan+", "Motswana", "Batswana"]),
    "BFA": ("Burkina Faso", [], ["Burkinabe", "Burkinabè", "Burkinabé"]),
    "BDI": ("Burundi", [], ["Burundian+"]),
    "CMR": ("Cameroon", [], ["Cameroonian+"]),
    "CPV": ("Cape Verde", [], ["Cape Verdean+"]),
    "CAF": ("Central African Republic", [], []),
    "TCD": ("Chad", [], ["Chadian+"]),
    "COM": ("Comoros", [], ["Comorian+"]),
    "COD": ("DR Congo", ["Democratic Republic of the Congo", "Democratic Republic of Congo",
                         "DRC", "Congo-Kinshasa", "D.R. Congo", "Congo"], ["Congolese"]),
    "COG": ("Republic of the Congo", ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"], []),
    "CIV": ("Ivory Coast", ["Côte d'Ivoire"], ["Ivorian+"]),
    "DJI": ("Djibouti", [], ["Djiboutian+"]),
    "EGY": ("Egypt", [], ["Egyptian+"]),
    "GNQ": ("Equatorial Guinea", [], ["Equatorial Guinean+", "Equatoguinean+"]),
    "ERI": ("Eritrea", [], ["Eritrean+"]),
    "SWZ": ("Eswatini", ["Swaziland"], ["Swazi+"]),
    "ETH": ("Ethiopia", ["Somali Region", "Somali Regional State", "Somali regional state"], ["Ethiopian+"]),
    "GAB": ("Gabon", [], ["Gabonese"]),
    "GMB": ("Gambia", ["The Gambia"], ["Gambian+"]),
    "GHA": ("Ghana", [], ["Ghanaian+"]),
    "GIN": ("Guinea", ["Guinea-Conakry"], ["Guinean+"]),
    "GNB": ("Guinea-Bissau", [], ["Bissau-Guinean+"]),
    "KEN": ("Kenya", [], ["Kenyan+"]),
    "LSO": ("Lesotho", [], ["Basotho", "Mosotho"]),
    "LBR": ("Liberia", [], ["Liberian+"]),
    "LBY": ("Libya", [], ["Libyan+"]),
    "MDG": ("Madagascar", [], ["Malagasy"]),
    "MWI": ("Malawi", [], ["Malawian+"]),
    "MLI": ("Mali", [], ["Malian+"]),
    "MRT": ("Mauritania", [], ["Mauritanian+"]),
    "MUS": ("Mauritius", [], ["Mauritian+"]),
    "MAR": ("Morocco", [], ["Moroccan+"]),
    "MOZ": ("Mozambique", [], ["Mozambican+"]),
    "NAM": ("Namibia", [], ["Namibian+"]),
    "NER": ("Niger", [], ["Nigerien+"]),
    "NGA": ("Nigeria", [], ["Nigerian+"]),
    "RWA": ("Rwanda", [], ["Rwandan+", "Rwandese"]),
    "STP": ("Sao Tome and Principe", ["São Tomé and Príncipe"], ["Santomean+"]),
    "SEN": ("Senegal", [], ["Senegalese"]),
    "SYC": ("Seychelles", [], ["Seychellois"]),
    "SLE": ("Sierra Leone", [], ["Sierra Leonean+"]),
    "SOM": ("Somalia", [], ["Somali+"]),
    "ZAF": ("South Africa", [], ["South African+"]),
    "SSD": ("South Sudan", [], ["South Sudanese"]),
    "SDN": ("Sudan", [], ["Sudanese"]),
    "TZA": ("Tanzania", [], ["Tanzanian+"]),
    "TGO": ("Togo", [], ["Togolese"]),
    "TUN": ("Tunisia", [], ["Tunisian+"]),
    "UGA": ("Uganda", [], ["Ugandan+"]),
    "ESH": ("Western Sahara", ["Sahrawi Arab Democratic Republic", "SADR"], ["Sahrawi+", "Saharawi+"]),
    "ZMB": ("Zambia", [], ["Zambian+"]),
    "ZWE": ("Zimbabwe", [], ["Zimbabwean+"]),
    # --- Americas -------------------------------------------------------------
    "ATG": ("Antigua and Barbuda", ["Antigua"], ["Antiguan+"]),
    "ARG": ("Argentina", [], ["Argentine+", "Argentinian+"]),
    "BHS": ("Bahamas", ["The Bahamas"], ["Bahamian+"]),
    "BRB": ("Barbados", [], ["Barbadian+"]),
    "BLZ": ("Belize", [], ["Belizean+"]),
    "BOL": ("Bolivia", [], ["Bolivian+"]),
    "BRA": ("Brazil", [], ["Brazilian+"]),
    "CAN": ("Canada", [], ["Canadian+"]),
    "CHL": ("Chile", [], ["Chilean+"]),
    "COL": ("Colombia", [], ["Colombian+"]),
    "CRI": ("Costa Rica", [], ["Costa Rican+"]),
    "CUB": ("Cuba", [], ["Cuban+"]),
    "DMA": ("Dominica", [], []),
    "DOM": ("Dominican Republic", [], []),
    "ECU": ("Ecuador", [], ["Ecuadorian+", "Ecuadorean+"]),
    "SLV": ("El Salvador", [], ["Salvadoran+", "Salvadorean+"]),
    "GRD": ("Grenada", [], ["Grenadian+"]),
    "GTM": ("Guatemala", [], ["Guatemalan+"]),
    "GUY": ("Guyana", [], ["Guyanese"]),
    "HTI": ("Haiti", [], ["Haitian+"]),
    "HND": ("Honduras", [], ["Honduran+"]),
    "JAM": ("Jamaica", [], ["Jamaican+"]),
    "MEX": ("Mexico", [], ["Mexican+"]),
    "NIC": ("Nicaragua", [], ["Nicaraguan+"]),
    "PAN": ("Panama", [], ["Panamanian+"]),
    "PRY": ("Paraguay", [], ["Paraguayan+"]),
    "PER": ("Peru", [], ["Peruvian+"]),
    "KNA": ("Saint Kitts and Nevis", ["St Kitts and Nevis", "St. Kitts and Nevis"], ["Kittitian+"]),
    "LCA": ("Saint Lucia", ["St Lucia", "St. Lucia"], ["Saint Lucian+"]),
    "VCT": ("Saint Vincent and the Grenadines", ["St Vincent and the Grenadines",
                                                 "St. Vincent and the Grenadines"], ["Vincentian+"]),
    "SUR": ("Suriname", [], ["Surinamese"]),
    "TTO": ("Trinidad and Tobago", ["Trinidad"], ["Trinidadian+", "Tobagonian+"]),
    "USA": ("United States", ["US", "U.S.", "USA", "U.S.A.", "America"], ["American+"]),
    "URY": ("Uruguay", [], ["Uruguayan+"]),
    "VEN": ("Venezuela", [], ["Venezuelan+"]),
    # --- Oceania --------------------------------------------------------------
    "AUS": ("Australia", [], ["Australian+"]),
    "FJI": ("Fiji", [], ["Fijian+"]),
    "KIR": ("Kiribati", [], ["I-Kiribati"]),
    "MHL": ("Marshall Islands", [], ["Marshallese"]),
    "FSM": ("Micronesia", [], []),
    "NRU": ("Nauru", [], ["Nauruan+"]),
    "NZL": ("New Zealand", [], ["New Zealander+"]),
    "PLW": ("Palau", [], ["Palauan+"]),
    "PNG": ("Papua New Guinea", ["PNG"], ["Papua New Guinean+"]),
    "WSM": ("Samoa", [], ["Samoan+"]),
    "SLB": ("Solomon Islands", [], ["Solomon Islander+"]),
    "TON": ("Tonga", [], ["Tongan+"]),
    "TUV": ("Tuvalu", [], ["Tuvaluan+"]),
    "VUT": ("Vanuatu", [], ["Ni-Vanuatu"]),
}

# Not in ISO 3166-1 (pycountry): added by hand.
# National armed forces and border forces by their own names: "the IDF said",
# "soldiers of the SPLA" name the country's side (written to "state_forces"). Only names that denote one
# state's forces and clash with nothing else in news ("AFP" is a news agency).
STATE_FORCES: dict[str, list[str]] = {
    "AFG": ["Afghan National Army", "ANDSF"],
    "CHN": ["People's Liberation Army", "PLA"],
    "COD": ["FARDC"],
    "ERI": ["Eritrean Defence Forces"],
    "ETH": ["Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF"],
    "GUY": ["Guyana Defence Force", "GDF"],
    "IND": ["Border Security Force", "BSF", "Indo-Tibetan Border Police", "ITBP", "Assam Rifles"],
    "IRN": ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"],
    "ISR": ["Israel Defense Forces", "IDF"],
    "KEN": ["Kenya Defence Forces", "KDF"],
    "KHM": ["Royal Cambodian Armed Forces", "RCAF"],
    "MMR": ["Tatmadaw", "Border Guard Police", "BGP"],
    "PAK": ["Inter-Services Public Relations", "ISPR", "Frontier Corps"],
    "PRK": ["Korean People's Army", "KPA"],
    "RWA": ["Rwanda Defence Force", "RDF"],
    "SDN": ["Sudanese Armed Forces", "SAF"],
    "SSD": ["Sudan People's Liberation Army", "SPLA", "South Sudan People's Defence Forces", "SSPDF"],
    "TUR": ["Turkish Armed Forces", "TSK"],
    "UGA": ["Uganda People's Defence Force", "Uganda People's Defence Forces", "UPDF"],
    "VEN": ["Bolivarian National Armed Forces", "FANB"],
    "BGD": ["Border Guard Bangladesh"],
    "TZA": ["Tanzania People's Defence Force", "Tanzania People's Defense Force", "TPDF"],
    "MOZ": ["Armed Forces for the Defence of Mozambique", "FADM"],
    "BDI": ["National Defence Force of Burundi", "FDNB"],
    "MLI": ["Malian Armed Forces", "FAMa"],
    "NER": ["Nigerien Armed Forces", "FAN"],
    "BFA": ["Burkinabe Armed Forces"],
    "BEN": ["Beninese Armed Forces"],
    "TCD": ["Chadian National Army", "ANT"],
    "CMR": ["Rapid Intervention Battalion", "BIR"],
    "NGA": ["Nigerian Army", "Nigerian Air Force"],
    "THA": ["Royal Thai Army"],
    "LBN": ["Lebanese Armed Forces"],
    "SYR": ["Syrian Arab Army"],
    "IRQ": ["Iraqi Security Forces"],
    "SOM": ["Somali National Army"],
    "DJI": ["Djibouti Armed Forces"],
    "ARM": ["Armenian Armed Forces"],
    "AZE": ["Azerbaijani Armed Forces"],
    "KGZ": ["Kyrgyz Border Service"],
    "TJK": ["Tajik Border Troops"],
    "DOM": ["CESFRONT"],
    "HTI": ["Haitian National Police", "PNH"],
    "COL": ["Colombian Army"],
    "ECU": ["Ecuadorian Army"],
    "GEO": ["State Security Service of Georgia"],
    "RUS": ["FSB Border Service"],
    "UKR": ["Armed Forces of Ukraine", "State Border Guard Service of Ukraine", "SBU", "DPSU", "SBGS"],
    "ESP": ["Guardia Civil", "Civil Guard"],
    "MAR": ["Royal Moroccan Armed Forces", "Royal Gendarmerie"],
    "GRC": ["Hellenic Police", "Hellenic Coast Guard", "Hellenic Army"],
    "JOR": ["Jordan Armed Forces", "Jordanian Armed Forces"],
    "EGY": ["Egyptian Armed Forces"],
    "TUN": ["Tunisian National Guard"],
    "POL": ["Polish Border Guard"],
    "CHL": ["Carabineros"],
    "MEX": ["SEDENA"],
}
# more names of forces already listed above
STATE_FORCES["VEN"] += ["Bolivarian National Guard", "GNB"]
STATE_FORCES["TUR"] += ["Jandarma"]
STATE_FORCES["MMR"] += ["Sit-Tat"]
STATE_FORCES["IND"] += ["Sashastra Seema Bal", "Central Reserve Police Force", "CRPF", "Rashtriya Rifles"]
STATE_FORCES["ISR"] += ["Shin Bet"]
STATE_FORCES["CAF"] = ["Central African Armed Forces", "FACA"]
STATE_FORCES["IDN"] = ["Indonesian National Armed Forces", "TNI"]
STATE_FORCES["PNG"] = ["Papua New Guinea Defence Force", "PNGDF"]
STATE_FORCES["SRB"] = ["Serbian Armed Forces"]
STATE_FORCES["GTM"] = ["Guatemalan Army"]
STATE_FORCES["MEX"] += ["Sedena", "Mexican Army"]
STATE_FORCES["SOM"] += ["SNA"]
STATE_FORCES["BGD"] += ["BGB"]
STATE_FORCES["BDI"] += ["Burundi National Defence Force"]
STATE_FORCES["BEN"] += ["Benin Armed Forces"]
STATE_FORCES["AFG"] += ["Afghan Border Police"]
STATE_FORCES["BLZ"] = ["Belize Defence Force", "BDF", "Belize Coast Guard"]
STATE_FORCES["GUY"] += ["Guyana Police Force"]
STATE_FORCES["DOM"] += ["ERD", "Dominican Army"]
STATE_FORCES["BFA"] += ["Armed Forces of Burkina Faso", "VDP", "Volunteers for the Defence of the Homeland"]

EXTRA_ENTITIES: dict[str, tuple[str, list[str], list[str]]] = {
    "XKX": ("Kosovo", ["Republic of Kosovo"], ["Kosovar+", "Kosovan+"]),
    "NKR": ("Nagorno-Karabakh", ["Artsakh", "Karabakh", "Nagorno Karabakh", "Nagorny Karabakh",
                                 "Republic of Artsakh"], ["Karabakh Armenian+"]),
    "ABK": ("Abkhazia", ["Republic of Abkhazia"], ["Abkhaz", "Abkhazian+"]),
    "SOS": ("South Ossetia", ["Tskhinvali Region", "South Ossetia-Alania", "Republic of South Ossetia"],
            ["South Ossetian+"]),
    "PMR": ("Transnistria", ["Transdniestria", "Transdniester", "Trans-Dniester", "Pridnestrovie",
                             "Pridnestrovian Moldavian Republic"], ["Transnistrian+"]),
    "SML": ("Somaliland", ["Republic of Somaliland"], ["Somalilander+"]),
}

# (name, aliases, demonyms)
GROUPS: list[tuple[str, list[str], list[str]]] = [
    ("TPNPB", ["West Papua National Liberation Army", "TPNPB-OPM"], []),
    ("CCMSR", ["Military Command Council for the Salvation of the Republic"], []),
    ("Hezbollah", ["Hizbollah", "Hizballah", "Hizbullah", "Hezballah"], []),
    ("Hamas", ["Islamic Resistance Movement", "Qassam Brigades", "al-Qassam Brigades", "Al-Qassam Brigades",
               "Izz ad-Din al-Qassam Brigades", "Ezzedine al-Qassam Brigades"], []),
    ("Palestinian Islamic Jihad", ["Islamic Jihad", "PIJ", "al-Quds Brigades", "Al-Quds Brigades"], []),
    ("Taliban", ["Afghan Taliban", "Islamic Emirate"], []),
    ("Tehrik-i-Taliban Pakistan", ["TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan",
                                   "Tehrik-e-Taliban Pakistan", "Tehrik-e-Taliban", "Tehreek-i-Taliban Pakistan",
                                   "Tehreek-i-Taliban"], []),
    ("Jamaat-ul-Ahrar", ["Jamaat ul-Ahrar", "JuA"], []),
    ("Hafiz Gul Bahadur group", ["Hafiz Gul Bahadur Group"], []),
    ("Lashkar-e-Jhangvi", ["LeJ"], []),
    ("Jamaat Ansarullah", ["Jamaat Ansarulla", "Jamaat Ansarullah of Tajikistan"], []),
    ("Islamic State", ["ISIS", "ISIL", "Daesh", "Daish", "Islamic State group",
                       "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"], []),
    ("Islamic State Khorasan", ["Islamic State Khorasan Province", "Islamic State-Khorasan",
                                "ISKP", "ISIS-K", "IS-K", "ISIS-Khorasan"], []),
    ("Islamic State West Africa Province", ["ISWAP", "Islamic State West Africa",
                                            "Islamic State in West Africa Province"], []),
    ("Islamic State Sahel Province", ["ISSP", "Islamic State in the Greater Sahara", "ISGS",
                                      "Islamic State Sahel"], []),
    ("Islamic State Mozambique Province", ["ISMP", "IS-Mozambique", "Islamic State Mozambique",
                                           "Ahlu Sunna Wal Jamaa", "Ansar al-Sunna"], []),
    ("al-Qaeda", ["Al-Qaeda", "al-Qaida", "Al-Qaida", "al Qaeda", "Al Qaeda", "al-Qa'ida", "Al-Qa'ida"], []),
    ("al-Qaeda in the Arabian Peninsula", ["AQAP", "Al-Qaeda in the Arabian Peninsula"], []),
    ("al-Qaeda in the Islamic Maghreb", ["AQIM", "Al-Qaeda in the Islamic Maghreb"], []),
    ("al-Shabaab", ["Al-Shabaab", "al-Shabab", "Al-Shabab", "al Shabaab", "Al Shabaab",
                    "Harakat al-Shabaab al-Mujahideen"], []),
    ("Boko Haram", ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"], []),
    # Somali federal member states with forces of their own ("Jubaland forces", "Puntland troops")
    ("Jubaland", ["Jubaland State", "Jubaland administration"], []),
    ("Puntland", ["Puntland State", "Puntland State of Somalia"], []),
    ("JNIM", ["Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
              "Group for the Support of Islam and Muslims", "GSIM"], []),
    ("M23", ["March 23 Movement", "M-23", "Mouvement du 23 mars"], []),
    ("RED-Tabara", ["RED Tabara", "Red-Tabara", "Résistance pour un État de Droit au Burundi",
                    "Resistance for the Rule of Law in Burundi"], []),
    ("FDLR", ["Democratic Forces for the Liberation of Rwanda", "Forces démocratiques de libération du Rwanda"], []),
    ("Twirwaneho", [], []),
    ("Wazalendo", [], []),
    ("Coalition of Patriots for Change", [], []),
    ("3R", ["Return, Reclamation and Rehabilitation"], []),
    ("Front for Change and Concord in Chad", [], []),
    ("SPLA-IO", ["SPLM-IO", "SPLA-in-Opposition", "SPLM/A-IO", "Sudan People's Liberation Army-in-Opposition"], []),
    ("SPLM-N", ["SPLA-N", "Sudan People's Liberation Movement-North", "SPLM-North"], []),
    ("SSC-Khatumo", ["SSC Khatumo"], []),
    ("Lakurawa", [], []),
    ("Ansaroul Islam", ["Ansarul Islam", "Ansar ul Islam"], []),
    ("Katiba Macina", ["Macina Liberation Front"], []),
    ("Azawad Liberation Front", ["FLA", "Front de Libération de l'Azawad", "Front de libération de l'Azawad"], []),
    ("Allied Democratic Forces", ["ADF"], []),
    ("CODECO", ["Cooperative for the Development of Congo"], []),
    ("Arakan Army", [], []),
    ("Arakan Rohingya Salvation Army", ["ARSA"], []),
    ("Rohingya Solidarity Organisation", ["Rohingya Solidarity Organization", "RSO"], []),
    ("Chin National Army", ["Chin National Front", "CNF"], []),
    ("Karenni Army", ["Karenni Nationalities Defense Force", "Karenni Nationalities Defence Force", "KNDF"], []),
    ("Shan State Army", ["Restoration Council of Shan State", "RCSS"], []),
    ("PREPAK", ["People's Revolutionary Party of Kangleipak"], []),
    ("ULFA-I", ["ULFA", "United Liberation Front of Asom", "United Liberation Front of Assam",
                "ULFA (Independent)"], []),
    ("NSCN-K", ["NSCN", "National Socialist Council of Nagaland"], []),
    ("Kachin Independence Army", ["KIA", "Kachin Independence Organisation",
                                  "Kachin Independence Organization", "KIO"], []),
    ("Karen National Union", ["KNU", "Karen National Liberation Army", "KNLA"], []),
    ("Myanmar National Democratic Alliance Army", ["MNDAA"], []),
    ("Ta'ang National Liberation Army", ["TNLA"], []),
    ("United Wa State Army", ["UWSA"], []),
    ("People's Defence Force", ["People's Defense Force", "People's Defence Forces",
                                "People's Defense Forces"], []),
    ("PKK", ["Kurdistan Workers' Party", "Kurdistan Workers Party", "Partiya Karkerên Kurdistanê", "HPG"], []),
    ("PJAK", ["Kurdistan Free Life Party"], []),
    ("Democratic Party of Iranian Kurdistan", ["PDKI", "KDPI", "Kurdistan Democratic Party of Iran"], []),
    ("Komala", ["Komala Party of Iranian Kurdistan", "Komalah"], []),
    ("Kurdistan Freedom Party", ["PAK", "Parti Azadi Kurdistan"], []),
    ("YPG", ["People's Protection Units", "Kurdish People's Protection Units"], []),
    ("YBS", ["Sinjar Resistance Units", "Yazidi Sinjar Resistance Units"], []),
    ("Popular Mobilization Forces", ["Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi", "al-Hashd al-Shaabi"], []),
    ("Syrian Democratic Forces", ["SDF"], []),
    ("Syrian National Army", ["SNA", "Turkish-backed Syrian National Army"], []),
    ("Hayat Tahrir al-Sham", ["HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "Jabhat al-Nusra",
                              "Nusra Front", "al-Nusra Front", "Al-Nusra Front"], []),
    ("Kataib Hezbollah", ["Kata'ib Hezbollah", "Kataib Hizbollah"], []),
    ("Houthis", ["Ansar Allah", "Ansarallah", "Houthi movement", "Huthis", "Houthi rebels"],
     ["Houthi", "Huthi"]),
    ("Haqqani network", ["Haqqani Network", "Haqqanis"], []),
    ("Hezb-e Islami Gulbuddin", ["Hezb-i-Islami Gulbuddin", "Hezb-e-Islami Gulbuddin", "HIG",
                                 "Hezb-e Islami", "Hezb-e-Islami", "Hizb-i-Islami"], []),
    ("Islamic Movement of Uzbekistan", ["IMU"], []),
    ("Islamic Jihad Union", ["IJU"], []),
    ("Lashkar-e-Taiba", ["Lashkar-e-Toiba", "Lashkar-e-Tayyiba"], []),
    ("Jaish-e-Mohammed", ["Jaish-e-Muhammad", "Jaish-e-Mohammad", "JeM"], []),
    ("Baloch Liberation Army", ["Balochistan Liberation Army", "BLA"], []),
    ("Balochistan Liberation Front", ["Baloch Liberation Front", "BLF"], []),
    ("Baloch Raaji Aajoi Sangar", ["BRAS"], []),
    ("Jaish al-Adl", ["Jaish ul-Adl", "Jaish al-Adel", "Army of Justice"], []),
    ("Polisario Front", ["Polisario", "Frente Polisario"], []),
    ("ELN", ["National Liberation Army", "Ejército de Liberación Nacional"], []),
    ("FARC dissidents", ["FARC", "FARC-EP", "Revolutionary Armed Forces of Colombia",
                         "Estado Mayor Central", "EMC", "Central General Staff", "Segunda Marquetalia"], []),
    ("Gulf Clan", ["Clan del Golfo", "Gaitanista Self-Defence Forces of Colombia",
                   "Gaitanista Self-Defense Forces of Colombia", "AGC", "EGC"], []),
    ("Comandos de la Frontera", ["Comandos de Frontera"], []),
    ("Tren de Aragua", [], []),
    ("Jalisco New Generation Cartel", ["CJNG", "Cartel Jalisco Nueva Generación", "Jalisco Cartel",
                                       "Jalisco cartel", "Jalisco New Generation cartel"], []),
    ("Sinaloa Cartel", ["Sinaloa cartel", "Cártel de Sinaloa"], []),
    ("Los Choneros", ["Choneros"], []),
    ("Los Lobos", [], []),
    ("Wagner Group", ["Wagner", "PMC Wagner", "Wagner mercenaries"], []),
    ("Rapid Support Forces", ["RSF"], []),
    ("Tigray People's Liberation Front", ["TPLF", "Tigray Defence Forces", "Tigray Defense Forces",
                                          "Tigrayan forces", "TDF"], []),
    ("Fano", ["Fano militia", "Amhara Fano", "Amhara militia", "Amhara militias", "Amhara militiamen"], []),
    ("Ambazonia separatists", ["Ambazonian separatists", "Ambazonia", "Amba Boys",
                               "Ambazonia Defence Forces", "Ambazonia Defense Forces"], ["Ambazonian+"]),
    ("Lord's Resistance Army", ["LRA"], []),
    ("Abu Sayyaf", ["Abu Sayyaf Group"], []),
    ("Oromo Liberation Army", ["OLA", "OLA-Shene", "OLA Shene", "Shene"], []),
    ("Hizbul Mujahideen", ["Hizb-ul-Mujahideen", "Hizbul Mujahidin"], []),
    ("The Resistance Front", [], []),
    ("Democratic Karen Buddhist Army", ["DKBA"], []),
    ("NSCN-IM", ["National Socialist Council of Nagalim (Isak-Muivah)"], []),
    ("Mai-Mai", ["Mai Mai", "Mayi-Mayi"], []),
    ("Ansaru", [], []),
    ("Libyan National Army", ["LNA"], []),
]

# (name, aliases)
ORGANISATIONS: list[tuple[str, list[str]]] = [
    ("United Nations", ["UN", "U.N."]),
    ("UN Security Council", ["U.N. Security Council", "United Nations Security Council",
                             "UNSC"]),
    ("UN General Assembly", ["U.N. General Assembly", "United Nations General Assembly", "UNGA"]),
    ("UNHCR", ["UN refugee agency", "U.N. refugee agency", "UN High Commissioner for Refugees",
               "United Nations High Commissioner for Refugees"]),
    ("OCHA", ["UNOCHA", "UN Office for the Coordination of Humanitarian Affairs",
              "United Nations Office for the Coordination of Humanitarian Affairs",
              "Office for the Coordination of Humanitarian Affairs", "UN humanitarian office"]),
    ("UNICEF", ["Unicef", "United Nations Children's Fund", "UN Children's Fund", "UN children's agency"]),
    ("OHCHR", ["UN human rights office", "U.N. human rights office", "Office of the UN High Commissioner for Human Rights",
               "UN High Commissioner for Human Rights", "United Nations High Commissioner for Human Rights"]),
    ("World Health Organization", ["World Health Organisation"]),
    ("World Food Programme", ["WFP", "World Food Program"]),
    ("International Organization for Migration", ["IOM", "International Organisation for Migration"]),
    ("UNRWA", ["UN Relief and Works Agency", "United Nations Relief and Works Agency"]),
    ("UNIFIL", ["UN Interim Force in Lebanon", "United Nations Interim Force in Lebanon"]),
    ("UNDOF", ["UN Disengagement Observer Force", "United Nations Disengagement Observer Force"]),
    ("MONUSCO", ["Monusco"]),
    ("UNMISS", ["UN Mission in South Sudan", "United Nations Mission in South Sudan"]),
    ("UNISFA", ["UN Interim Security Force for Abyei", "United Nations Interim Security Force for Abyei"]),
    ("KFOR", ["Kosovo Force", "NATO-led Kosovo Force"]),
    ("MINUSCA", ["UN mission in the Central African Republic"]),
    ("MINUSMA", ["UN mission in Mali"]),
    ("ATMIS", ["African Union Transition Mission in Somalia", "AU Transition Mission in Somalia"]),
    ("AMISOM", ["African Union Mission in Somalia", "AU Mission in Somalia"]),
    ("UNMOGIP", ["UN Military Observer Group in India and Pakistan"]),
    ("UNFICYP", ["UN Peacekeeping Force in Cyprus", "United Nations Peacekeeping Force in Cyprus"]),
    ("UNTSO", ["UN Truce Supervision Organization", "United Nations Truce Supervision Organization"]),
    ("International Committee of the Red Cross", ["ICRC", "Red Cross"]),
    ("NATO", ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
              "North Atlantic Alliance"]),
    ("European Union", ["EU", "E.U."]),
    ("African Union", ["AU"]),
    ("OSCE", ["Organization for Security and Co-operation in Europe",
              "Organisation for Security and Co-operation in Europe",
              "Organization for Security and Cooperation in Europe",
              "Organisation for Security and Cooperation in Europe"]),
    ("Collective Security Treaty Organisation", ["CSTO", "Collective Security Treaty Organization"]),
    ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"]),
    ("Commonwealth of Independent States", ["CIS"]),
    ("ASEAN", ["Asean", "Association of Southeast Asian Nations", "Association of South East Asian Nations"]),
    ("IGAD", ["Intergovernmental Authority on Development"]),
    ("ECOWAS", ["Ecowas", "Economic Community of West African States"]),
    ("Southern African Development Community", ["SADC"]),
    ("East African Community", ["EAC"]),
    ("Alliance of Sahel States", ["AES"]),
    ("Arab League", ["League of Arab States"]),
    ("Gulf Cooperation Council", ["GCC"]),
    ("Organisation of Islamic Cooperation", ["Organization of Islamic Cooperation", "OIC"]),
    ("International Court of Justice", ["ICJ"]),
    ("International Criminal Court", ["ICC"]),
    ("Human Rights Watch", ["HRW"]),
    ("Amnesty International", []),
    ("Médecins Sans Frontières", ["MSF", "Doctors Without Borders"]),
    # aid groups named after a country, no side's bodies ("NRC" also names India's citizens register: left out)
    ("Norwegian Refugee Council", []),
    ("Danish Refugee Council", []),
    ("International Rescue Committee", []),
    ("International Crisis Group", ["Crisis Group"]),
    ("ACLED", ["Armed Conflict Location & Event Data Project", "Armed Conflict Location and Event Data Project"]),
    ("Syrian Observatory for Human Rights", ["SOHR"]),
]

# Strings deliberately not used although they name an entry above: English
# words (as abbreviations or otherwise) or strings shared by several entries.
LEFT_OUT = [
    {"string": "IS", "entry": "Islamic State", "reason": "English word 'is'"},
    {"string": "WHO", "entry": "World Health Organization", "reason": "English word 'who'"},
    {"string": "AA", "entry": "Arakan Army", "reason": "common abbreviation of other things"},
    {"string": "CAR", "entry": "Central African Republic", "reason": "English word 'car'"},
    {"string": "PDF", "entry": "People's Defence Force", "reason": "file format"},
    {"string": "LeT", "entry": "Lashkar-e-Taiba", "reason": "'let' once case is folded"},
    {"string": "Security Council", "entry": "UN Security Council", "reason": "national security councils"},
    {"string": "Amnesty", "entry": "Amnesty International", "reason": "English word 'amnesty'"},
    {"string": "JAS", "entry": "Boko Haram", "reason": "rare, ambiguous"},
    {"string": "Pole", "entry": "Poland", "reason": "English word 'pole'"},
    {"string": "Korean", "entry": "North Korea / South Korea", "reason": "shared"},
    {"string": "Dominican", "entry": "Dominica / Dominican Republic", "reason": "shared"},
    {"string": "Central African", "entry": "Central African Republic", "reason": "region"},
    {"string": "Micronesian", "entry": "Micronesia", "reason": "region"},
    {"string": "Macedonia", "entry": "North Macedonia", "reason": "also the Greek region"},
    {"string": "Islamic Republic", "entry": "Iran / Pakistan / Afghanistan / Mauritania", "reason": "shared"},
    {"string": "Arab", "entry": "-", "reason": "shared by many countries"},
    {"string": "Persian", "entry": "Iran", "reason": "Persian Gulf, language"},
    {"string": "English/Scottish/Welsh", "entry": "United Kingdom", "reason": "parts of the UK / language"},
]


def expand_demonyms(items: list[str]) -> list[str]:
    out = []
    for item in items:
        if item.endswith("+"):
            out += [item[:-1], item[:-1] + "s"]
        else:
            out.append(item)
    return out


def variants(text: str) -> list[str]:
    """The string, its curly-apostrophe form and its accent-free form."""
    out = [text]
    if "'" in text:
        out.append(text.replace("'", "\u2019"))
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    if plain != text:
        out += variants(plain)
    return out


def dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        for form in variants(item):
            if form not in seen:
                seen.add(form)
                out.append(form)
    return out


def iso_names(country) -> list[str]:
    names = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if not value or "," in value or "(" in value:
            continue
        if value.startswith("the "):
            value = value[4:]
        names.append(value)
    return [n for n in names if n not in DROP_ISO_NAMES.get(country.alpha_3, set())]


def build() -> dict:
    iso = {c.alpha_3: c for c in pycountry.countries if c.alpha_3 not in NON_SOVEREIGN}
    missing = sorted(set(iso) - set(COUNTRIES))
    unknown = sorted(set(COUNTRIES) - set(iso))
    assert not missing, f"countries without a hand-written row: {missing}"
    assert not unknown, f"rows for codes not kept from pycountry: {unknown}"

    countries = []
    for code, (name, aliases, demonyms) in COUNTRIES.items():
        countries.append({"name": name, "aliases": dedupe(iso_names(iso[code]) + aliases + [name]),
                          "demonyms": dedupe(expand_demonyms(demonyms))})
    for code, (name, aliases, demonyms) in EXTRA_ENTITIES.items():
        countries.append({"name": name, "aliases": dedupe(aliases + [name]),
                          "demonyms": dedupe(expand_demonyms(demonyms))})
    countries.sort(key=lambda e: e["name"])

    groups = [{"name": name, "aliases": dedupe(aliases + [name]), "demonyms": dedupe(expand_demonyms(dem))}
              for name, aliases, dem in GROUPS]
    organisations = [{"name": name, "aliases": dedupe(aliases + [name])} for name, aliases in ORGANISATIONS]

    # kept apart from the countries: "IDF" counts as a mention of Israel's side,
    # but a speaker "the IDF" keeps its own name
    forces = [{"country": COUNTRIES[code][0], "aliases": dedupe(names)} for code, names in STATE_FORCES.items()]
    return {
        "source": (
            "Generated by tools/build_gazetteer.py. Countries: ISO 3166-1 via pycountry "
            f"{pycountry_version()} (sovereign states, plus Holy See, Palestine, Taiwan, Western Sahara), "
            "with ISO name/official name/common name as aliases; news short names, extra aliases and "
            "demonyms hand-written; Kosovo, Nagorno-Karabakh, Abkhazia, South Ossetia, Transnistria and "
            "Somaliland added by hand. Groups and organisations hand-written. Curly-apostrophe and "
            "accent-free variants added automatically. Every alias/demonym maps to one entry "
            "(case-insensitive); strings left out on purpose are listed under left_out."
        ),
        "countries": countries,
        "groups": groups,
        "organisations": organisations,
        "state_forces": forces,
        "left_out": LEFT_OUT,
    }


def pycountry_version() -> str:
    try:
        from importlib.metadata import version
        return version("pycountry")
    except Exception:  # pragma: no cover
        return "(unknown version)"


_POSSESSIVE = re.compile(r"(?:['\u2019]s|['\u2019])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def fold(text: str) -> str:
    """Same folding as borderfacts.gazetteer.fold (case, apostrophes, leading 'the', possessive)."""
    text = text.strip().replace("\u2019", "'")
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return " ".join(text.split()).casefold()


def check_unique(data: dict) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for section in ("countries", "groups", "organisations"):
        for entry in data[section]:
            label = f"{section}:{entry['name']}"
            for string in entry["aliases"] + entry.get("demonyms", []):
                key = fold(string)
                if key in owner and owner[key] != label:
                    clashes.append(f"{string!r}: {owner[key]} / {label}")
                owner.setdefault(key, label)
    assert not clashes, "strings mapping to two entries:\n" + "\n".join(clashes)
    banned = {fold(item["string"]) for item in LEFT_OUT}
    assert not banned & set(owner), f"left-out strings present: {banned & set(owner)}"


def main() -> None:
    data = build()
    check_unique(data)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for section in ("countries", "groups", "organisations"):
        entries = data[section]
        aliases = sum(len(e["aliases"]) for e in entries)
        demonyms = sum(len(e.get("demonyms", [])) for e in entries)
        print(f"{section}: {len(entries)} entries, {aliases} aliases, {demonyms} demonyms")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
