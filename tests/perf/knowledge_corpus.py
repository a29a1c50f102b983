"""The generated good-practice library of the knowledge search benchmark: 60 kinds of urban
solution in 80 cities, texts from sentence templates, and the searches run against it (see
bench_knowledge.py for what each query class stands for). Fixed seeds, so runs compare."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from services.knowledge.domain import Place, tags_of
from shared.ids import new_id

# fmt: off
# (title, theme, sector, SDGs, its own word, its own two-word phrase, what it involves)
SOLUTIONS = [
    ("Green roofs on public buildings", "climate_adaptation", "buildings", (11, 13), "sedum", "green roofs", "substrate layers, rainwater retention and roof insulation"),
    ("Rain gardens and bioswales", "climate_adaptation", "water", (6, 11, 13), "bioswales", "rain gardens", "planted depressions that hold storm water from streets"),
    ("Urban tree canopy plan", "nature_based_solutions", "public_space", (11, 13, 15), "arborists", "tree canopy", "street trees, shade mapping and species chosen for drought"),
    ("Cooling shelters in heat waves", "climate_adaptation", "health", (3, 11, 13), "heatwave", "cooling shelters", "libraries and schools opened as cool rooms for older residents"),
    ("Flood early warning with river sensors", "climate_adaptation", "water", (11, 13), "hydrometric", "early warning", "river gauges, text alerts and evacuation drills"),
    ("District heating from waste heat", "energy_transition", "energy", (7, 13), "cogeneration", "district heating", "heat recovered from a data centre and a wastewater plant"),
    ("Rooftop solar for social housing", "energy_transition", "energy", (7, 11), "photovoltaic", "rooftop solar", "panels on tenant blocks with shared self-consumption"),
    ("Energy communities of neighbours", "energy_transition", "energy", (7, 11, 17), "prosumers", "energy community", "a cooperative that owns panels and sells surplus power"),
    ("Deep retrofit of schools", "energy_transition", "buildings", (4, 7, 13), "airtightness", "deep retrofit", "insulation, triple glazing and heat recovery ventilation"),
    ("Heat pumps for old apartment blocks", "energy_transition", "buildings", (7, 13), "geothermal", "heat pumps", "ground source loops replacing gas boilers"),
    ("LED street lighting with dimming", "energy_transition", "energy", (7, 11), "luminaires", "street lighting", "smart dimming and a central management platform"),
    ("Bike sharing with electric bikes", "sustainable_mobility", "transport", (3, 11), "pedelecs", "bike sharing", "docking stations near transit stops"),
    ("Protected cycle lanes network", "sustainable_mobility", "transport", (3, 11), "bollards", "cycle lanes", "kerb-separated lanes on arterial roads"),
    ("Low emission zone", "sustainable_mobility", "transport", (3, 11, 13), "anpr", "emission zone", "camera enforcement and exemptions for tradespeople"),
    ("Bus rapid transit corridor", "sustainable_mobility", "transport", (9, 11), "articulated", "rapid transit", "dedicated lanes, level boarding and signal priority"),
    ("Electric bus fleet", "sustainable_mobility", "transport", (7, 11, 13), "pantograph", "electric buses", "depot charging and opportunity charging at terminals"),
    ("School streets closed to cars", "sustainable_mobility", "transport", (3, 4, 11), "drop-off", "school streets", "timed closures at the school gate"),
    ("Car-free superblocks", "sustainable_mobility", "public_space", (3, 11), "superblock", "through traffic", "inner streets turned into play and green space"),
    ("Cargo bike logistics hub", "sustainable_mobility", "transport", (9, 11), "microhub", "last mile", "parcels moved from vans to cargo bikes in the centre"),
    ("Demand-responsive rural transport", "sustainable_mobility", "transport", (10, 11), "minibus", "on demand", "minibuses booked by phone or app in outlying villages"),
    ("Door-to-door separate waste collection", "circular_economy", "waste", (11, 12), "kerbside", "separate collection", "bins per fraction and pay-as-you-throw fees"),
    ("Community composting", "circular_economy", "waste", (12, 15), "composting", "food waste", "composters in courtyards and a collection of garden cuttings"),
    ("Repair cafes and reuse centres", "circular_economy", "waste", (12,), "repair", "reuse centre", "volunteers fixing appliances and a shop for second-hand goods"),
    ("Construction material passports", "circular_economy", "buildings", (9, 12), "demolition", "material passports", "an inventory of reusable beams, bricks and fittings"),
    ("Deposit return for reusable cups", "circular_economy", "waste", (12, 14), "deposit", "reusable cups", "a returnable cup scheme for events and cafes"),
    ("Public procurement of circular furniture", "circular_economy", "public_administration", (12, 16), "refurbished", "circular procurement", "tender criteria that reward refurbished office furniture"),
    ("Wastewater reuse for irrigation", "water_management", "water", (6, 12), "reclaimed", "treated wastewater", "tertiary treatment and a purple-pipe network for parks"),
    ("Leak detection in the water network", "water_management", "water", (6, 9), "acoustic", "water losses", "acoustic loggers and pressure management zones"),
    ("Desalination powered by renewables", "water_management", "water", (6, 7), "desalination", "reverse osmosis", "a plant run on wind power for a coastal city"),
    ("River restoration and floodplains", "nature_based_solutions", "water", (6, 14, 15), "meanders", "river restoration", "removing concrete channels and reconnecting floodplains"),
    ("Pollinator corridors", "nature_based_solutions", "public_space", (15,), "pollinators", "wildflower meadows", "mowing less and sowing native flowers along roads"),
    ("Urban forest on brownfield land", "nature_based_solutions", "public_space", (13, 15), "miyawaki", "urban forest", "dense native planting on a former industrial site"),
    ("Constructed wetlands", "nature_based_solutions", "water", (6, 15), "reedbeds", "constructed wetland", "reed beds that treat runoff before it reaches the lake"),
    ("Urban farming on vacant lots", "food_systems", "agriculture", (2, 11), "allotments", "urban farming", "vacant plots leased to growers and schools"),
    ("Public food procurement from local farms", "food_systems", "agriculture", (2, 12), "canteens", "school meals", "school canteens buying seasonal produce from nearby farms"),
    ("Food bank logistics and surplus redistribution", "food_systems", "social_services", (1, 2, 12), "surplus", "food bank", "supermarket surplus collected daily and redistributed"),
    ("Participatory budgeting", "governance", "public_administration", (11, 16), "participatory", "citizen budget", "residents propose and vote on neighbourhood projects"),
    ("Citizen assemblies on climate", "governance", "public_administration", (13, 16), "sortition", "citizens assembly", "a randomly selected panel advising the council"),
    ("Open data portal", "digital_transition", "public_administration", (9, 16, 17), "dataset", "open data", "machine-readable datasets with an API and licences"),
    ("Digital twin for urban planning", "digital_transition", "urban_planning", (9, 11), "simulation", "digital twin", "a 3D city model with sensor feeds for planners"),
    ("One-stop shop for digital services", "digital_transition", "public_administration", (9, 16), "e-government", "online services", "permits and certificates requested online"),
    ("Digital skills for older people", "digital_transition", "education", (4, 10), "tablets", "digital skills", "courses in libraries and lending tablets"),
    ("Housing first for homeless people", "social_inclusion", "housing", (1, 10, 11), "homelessness", "housing first", "permanent flats with support rather than shelters"),
    ("Social rental agency", "affordable_housing", "housing", (1, 11), "landlords", "rental agency", "the city guarantees rents to owners who let to low-income tenants"),
    ("Community land trust", "affordable_housing", "housing", (1, 11), "leasehold", "land trust", "land kept in trust so homes stay affordable"),
    ("Cooperative housing on public land", "affordable_housing", "housing", (11, 17), "cooperative", "housing cooperative", "plots leased to resident cooperatives"),
    ("Informal settlement upgrading", "social_inclusion", "housing", (1, 6, 11), "slum", "settlement upgrading", "water, drainage and tenure for self-built neighbourhoods"),
    ("Integration of migrants and refugees", "social_inclusion", "social_services", (10, 16), "newcomers", "language courses", "mentors, language courses and job placement"),
    ("Youth employment guarantee", "economic_development", "employment", (4, 8), "apprenticeships", "youth employment", "apprenticeships with local firms for young people"),
    ("Start-up incubator in a former factory", "economic_development", "business", (8, 9), "incubator", "start-ups", "desk space, mentoring and seed grants"),
    ("Revitalising the historic market", "cultural_heritage", "tourism", (8, 11), "stallholders", "historic market", "restoring a market hall and keeping small traders"),
    ("Sustainable tourism management", "cultural_heritage", "tourism", (8, 11, 12), "overtourism", "visitor flows", "caps on cruise visitors and a tourist tax"),
    ("Adaptive reuse of heritage buildings", "cultural_heritage", "culture", (11,), "monastery", "adaptive reuse", "a former monastery turned into a cultural centre"),
    ("Noise action plan", "health_wellbeing", "health", (3, 11), "decibels", "noise maps", "quiet asphalt, speed limits and noise barriers"),
    ("Air quality monitoring with low-cost sensors", "health_wellbeing", "health", (3, 11), "particulates", "air quality", "a network of sensors run with schools"),
    ("Active ageing and age-friendly city", "health_wellbeing", "social_services", (3, 10), "dementia", "age-friendly", "benches, toilets and dementia-friendly shops"),
    ("Smart parking management", "sustainable_mobility", "transport", (11,), "parking", "parking sensors", "sensors and dynamic pricing for kerbside parking"),
    ("Coastal protection with dunes", "climate_adaptation", "public_space", (13, 14), "dunes", "sea level", "restored dunes and managed retreat from the shore"),
    ("Wildfire prevention at the urban edge", "climate_adaptation", "public_space", (13, 15), "firebreaks", "wildfire risk", "firebreaks, grazing and clearing around houses"),
    ("Gender-sensitive urban planning", "social_inclusion", "urban_planning", (5, 11), "gender", "safety audits", "walks with women to map unsafe streets"),
]
# Cities: (name, country code). Lessons learnt name one EU and one non-EU city of a pairing.
CITIES_EU = [
    ("Valencia", "ES"), ("Bilbao", "ES"), ("Malaga", "ES"), ("Zaragoza", "ES"), ("Lyon", "FR"), ("Nantes", "FR"),
    ("Grenoble", "FR"), ("Lille", "FR"), ("Bologna", "IT"), ("Turin", "IT"), ("Bari", "IT"), ("Padua", "IT"),
    ("Leipzig", "DE"), ("Freiburg", "DE"), ("Dresden", "DE"), ("Hannover", "DE"), ("Porto", "PT"), ("Braga", "PT"),
    ("Gdansk", "PL"), ("Wroclaw", "PL"), ("Lublin", "PL"), ("Ghent", "BE"), ("Liege", "BE"), ("Utrecht", "NL"),
    ("Eindhoven", "NL"), ("Graz", "AT"), ("Linz", "AT"), ("Malmo", "SE"), ("Tampere", "FI"), ("Aarhus", "DK"), ("Tartu",
    "EE"), ("Kaunas", "LT"), ("Riga", "LV"), ("Brno", "CZ"), ("Kosice", "SK"), ("Ljubljana", "SI"), ("Rijeka", "HR"),
    ("Cluj-Napoca", "RO"), ("Plovdiv", "BG"), ("Thessaloniki", "GR"), ("Limassol", "CY"), ("Cork", "IE"), ("Debrecen",
    "HU"), ("Esch-sur-Alzette", "LU"), ("Sliema", "MT"),
]
CITIES_WORLD = [
    ("Medellin", "CO"), ("Bogota", "CO"), ("Curitiba", "BR"), ("Recife", "BR"), ("Porto Alegre", "BR"), ("Guadalajara",
    "MX"), ("Monterrey", "MX"), ("Merida", "MX"), ("Cusco", "PE"), ("Arequipa", "PE"), ("Valparaiso", "CL"), ("Rosario",
    "AR"), ("Cordoba", "AR"), ("Montevideo", "UY"), ("Quito", "EC"), ("Cuenca", "EC"), ("La Paz", "BO"), ("San Jose",
    "CR"), ("Panama City", "PA"), ("Santo Domingo", "DO"), ("Montreal", "CA"), ("Pittsburgh", "US"), ("Pune", "IN"),
    ("Surabaya", "ID"), ("Da Nang", "VN"), ("Yokohama", "JP"), ("Busan", "KR"), ("Kisumu", "KE"), ("Dakar", "SN"),
    ("Durban", "ZA"), ("Melbourne", "AU"), ("Wellington", "NZ"), ("Tbilisi", "GE"), ("Izmir", "TR"), ("Oslo", "NO"),
]
AUDIENCES = [
    "older residents", "families", "small businesses", "students", "tenants", "commuters", "young people", "visitors",
]
OPENINGS = [
    "{city} is a medium-sized city whose municipality wanted to act on {challenge}.",
    "In {city}, residents and the city council identified {challenge} as a priority.",
    "The city of {city} faced {challenge} in several districts.",
    "Neighbourhood associations in {city} had long asked the municipality to tackle {challenge}.",
    "{city} set out to address {challenge} as part of its urban development strategy.",
]
CHALLENGES = {
    "climate_adaptation": ["rising summer temperatures", "flash floods after heavy rain", "drought and heat stress", "storms damaging public space"],
    "nature_based_solutions": ["the loss of green space", "sealed soils and urban heat islands", "declining biodiversity", "polluted streams"],
    "energy_transition": ["high energy bills", "energy poverty among tenants", "dependence on gas imports", "inefficient public buildings"],
    "sustainable_mobility": ["traffic congestion", "poor air quality from traffic", "unsafe streets for children", "long commutes from the periphery"],
    "circular_economy": ["growing volumes of household waste", "landfill reaching capacity", "low recycling rates", "waste from construction sites"],
    "water_management": ["water scarcity", "ageing pipes and water losses", "pollution of rivers", "saltwater intrusion in aquifers"],
    "food_systems": ["food insecurity in poorer districts", "the loss of farmland around the city", "food waste", "poor diets among schoolchildren"],
    "governance": ["low trust in local government", "low turnout in local elections", "decisions taken far from residents", "a lack of transparency"],
    "digital_transition": ["slow administrative procedures", "data scattered across departments", "the digital divide", "paper-based permits"],
    "social_inclusion": ["social exclusion", "rough sleeping in the centre", "segregated neighbourhoods", "unequal access to services"],
    "affordable_housing": ["rising rents", "a shortage of affordable homes", "empty dwellings", "overcrowding"],
    "economic_development": ["youth unemployment", "the closure of traditional industry", "a shrinking city centre economy", "brain drain"],
    "cultural_heritage": ["abandoned historic buildings", "pressure from mass tourism", "the decline of traditional crafts", "a neglected old town"],
    "health_wellbeing": ["noise and stress", "respiratory illness linked to pollution", "loneliness among older people", "physical inactivity"],
}
OBJECTIVES = [
    "The project aimed to reduce {challenge} by a measurable share within three years.",
    "Its objective was to reach {audience} who rarely take part in municipal programmes.",
    "The city wanted a solution that could be scaled up to every district.",
    "Another goal was to involve local businesses and civil society from the start.",
    "The municipality also sought to cut operating costs over the long term.",
    "The plan set targets aligned with the city's climate and sustainability commitments.",
]
DOING = [
    "The municipality introduced {phrase} in {n} neighbourhoods, starting with a pilot.",
    "A team of city staff and partners designed {phrase} together with {audience}.",
    "The work covered {involves}.",
    "The {word} approach was chosen after visits to other cities and a public consultation.",
    "Funding came from the municipal budget, a regional grant and European funds.",
    "A procurement procedure selected local contractors and a technical partner.",
    "Residents were informed through workshops, leaflets and the city website.",
    "A steering group met monthly to follow progress and adjust the plan.",
    "The university helped design the monitoring and evaluate the results.",
    "Maintenance was contracted for five years with clear performance indicators.",
    "Pilot results were shared in an open event before the project was extended.",
    "Training sessions prepared staff to run {phrase} day to day.",
]
RESULTS = [
    "After {years} years, {n} {audience} had benefited directly.",
    "Monitoring showed a reduction of {pct} percent compared with the baseline.",
    "The city estimates annual savings of {k} thousand euros.",
    "Satisfaction surveys found that {pct} percent of residents supported the measure.",
    "The project created {jobs} local jobs and was extended to other districts.",
    "Emissions fell by {k} tonnes of CO2 a year.",
    "Use grew steadily, with peaks in summer and at weekends.",
]
TRANSFER = [
    "The approach can be transferred to cities of similar size with modest investment.",
    "Other municipalities in the region have adopted the model.",
    "Transfer needs political commitment and a dedicated team in the city administration.",
    "The legal framework differs between countries, which should be checked before transfer.",
    "It combines well with {other}, which several partner cities also use.",
]
LESSONS = [
    "Involving residents early avoided opposition later on.",
    "Clear communication about costs and benefits was essential.",
    "A small pilot made it easier to convince the city council.",
    "Cooperation between departments took longer than expected.",
    "Maintenance budgets must be planned from the beginning.",
    "Data collection should start before the works, to have a baseline.",
    "Partnerships with the university and local businesses brought expertise and funding.",
    "Procurement rules slowed down the first phase.",
    "Peer exchange with the partner city helped avoid mistakes others had made.",
    "Both cities adapted the idea to their own climate, budget and institutions.",
]
# fmt: on


@dataclass
class Library:
    """The generated practices as rows for the knowledge service's tables."""

    practices: list[dict] = field(default_factory=list)
    tags: list[dict] = field(default_factory=list)
    transitions: list[dict] = field(default_factory=list)


def fill(template: str, ctx: dict, rng: random.Random) -> str:
    """A sentence of the pools with this practice's words and some drawn numbers."""
    numbers = {"n": rng.randint(2, 40), "years": rng.randint(1, 6), "pct": rng.randint(5, 80), "k": rng.randint(10, 900)}
    return template.format(**ctx, **numbers, jobs=rng.randint(2, 60))


def generate(n: int, rng: random.Random) -> Library:
    """`n` published practices, each about one solution in one city (lessons learnt: two)."""
    lib = Library()
    published = datetime(2026, 11, 1, tzinfo=UTC)
    for _ in range(n):
        title, theme, sector, sdgs, word, phrase, involves = rng.choice(SOLUTIONS)
        lessons = rng.random() < 0.15
        cities = [rng.choice(CITIES_EU), rng.choice(CITIES_WORLD)] if lessons else [rng.choice(CITIES_EU + CITIES_WORLD)]
        city = cities[0][0]
        challenge = rng.choice(CHALLENGES[theme])
        audience = rng.choice(AUDIENCES)
        other = rng.choice(SOLUTIONS)[5]

        ctx = {"city": city, "challenge": challenge, "audience": audience, "word": word, "phrase": phrase}
        ctx |= {"involves": involves, "other": other}

        def sentences(pool: list[str], k: int, ctx: dict = ctx) -> str:
            return " ".join(fill(s, ctx, rng) for s in rng.sample(pool, k))

        year = rng.randint(2012, 2026)
        start = date(year - rng.randint(1, 3), rng.randint(1, 12), 1)
        places = [Place(name, None, cc).as_dict() for name, cc in cities]
        extra_themes = rng.sample(sorted(CHALLENGES), rng.randint(0, 2))
        themes = sorted({theme, *extra_themes})
        pid = new_id()
        lib.practices.append(
            {
                "id": pid,
                "kind": "lessons_learnt" if lessons else "good_practice",
                "state": "published",
                "language": "en",  # written in English, so stemmed as English (decision 0051)
                "title": rng.choice([f"{title} in {city}", f"{city}: {title.lower()}", f"{title} for {audience}"]),
                "summary": f"{sentences(OPENINGS, 1)} It introduced {phrase}: {involves}.",
                "challenge": f"Before the project, {challenge} affected {audience} most. " + sentences(OBJECTIVES[:1], 1),
                "objectives": sentences(OBJECTIVES, 2),
                "solution": f"{title}. " + sentences(DOING, rng.randint(4, 7)),
                "results": sentences(RESULTS, rng.randint(2, 4)),
                "transferability": sentences(TRANSFER, 2),
                "lessons_learnt": sentences(LESSONS, rng.randint(2, 4)) if lessons or rng.random() < 0.5 else "",
                "locations": places,
                "place_names": " ".join(p["name"] for p in places),
                "year": year,
                "period_start": start,
                "period_end": date(year, 12, 31),
                "budget_amount": float(rng.randint(20, 5000) * 1000),
                "budget_currency": "EUR",
                "origin": "api",
                "created_by": f"key-{city.lower().replace(' ', '-')}",
                "created_by_role": "city",
                "harvest_notes": [],
                "version": 3,
                "created_at": published - timedelta(days=rng.randint(10, 400)),
                "updated_at": published,
                "submitted_at": published - timedelta(days=3),
                "published_at": published,
                "published_by": "admin",
            }
        )
        sdg_set = sorted({*sdgs, *rng.sample(range(1, 18), rng.randint(0, 1))})
        lib.tags += [{"practice_id": pid, "facet": f, "value": v} for f, v in sorted(tags_of(themes, sdg_set, [sector], places))]
        for seq, (a, b, actor) in enumerate((("draft", "pending", "key"), ("pending", "published", "admin"))):
            lib.transitions.append(
                {
                    "practice_id": pid,
                    "from_state": a,
                    "to_state": b,
                    "actor": actor,
                    "actor_role": "admin" if actor == "admin" else "city",
                    "at": published - timedelta(days=3 - seq),
                }
            )
    return lib


@dataclass(frozen=True)
class Query:
    kind: str
    params: dict


def queries(rng: random.Random, per_class: int) -> list[Query]:
    """The searches, shuffled so no class runs in a block."""
    themes = sorted(CHALLENGES)
    regions = ["eu", "latin_america_caribbean"]
    broad = [
        "city",
        "residents",
        "municipality",
        "project",
        "neighbourhoods",
        "city council",
        "residents climate",
        "local businesses",
    ]
    out: list[Query] = []
    for _ in range(per_class):
        s = rng.choice(SOLUTIONS)
        out.append(Query("word", {"q": s[4]}))
        s = rng.choice(SOLUTIONS)
        out.append(Query("phrase", {"q": f'"{s[5]}"'}))
        s = rng.choice(SOLUTIONS)
        facet = rng.choice([{"theme": s[1]}, {"region": rng.choice(regions)}, {"year": [rng.randint(2016, 2026)]}])
        out.append(Query("word + facets", {"q": s[4], **facet}))
        out.append(Query("place", {"q": rng.choice(CITIES_EU + CITIES_WORLD)[0]}))
        out.append(Query("broad", {"q": rng.choice(broad)}))
        out.append(Query("broad + facets", {"q": rng.choice(broad), "theme": rng.choice(themes), "region": rng.choice(regions)}))
        out.append(Query("browse", {"theme": rng.choice(themes)}))
    rng.shuffle(out)
    return out
