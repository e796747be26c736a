import json
from pathlib import Path

SRC = {"name": "source_id", "type": "string", "description": "Id of the source in sources.csv.", "constraints": {"required": True}}
COR = {"name": "corroborating_source_ids", "type": "string", "description": "Further sources that agree, ids separated by ';'."}
FK = [{"fields": "source_id", "reference": {"resource": "sources", "fields": "id"}}]

def res(name, title, desc, fields, pk, fks=FK):
    return {"name": name, "path": f"{name}.csv", "title": title, "description": desc, "format": "csv",
            "encoding": "utf-8", "schema": {"fields": fields, "primaryKey": pk, "foreignKeys": fks}}

def num(name, desc, unit, required=False, minimum=None, maximum=None):
    c = {}
    if required: c["required"] = True
    if minimum is not None: c["minimum"] = minimum
    if maximum is not None: c["maximum"] = maximum
    f = {"name": name, "type": "number", "description": desc, "unit": unit}
    if c: f["constraints"] = c
    return f

def s(name, desc, required=False, enum=None, pattern=None):
    c = {}
    if required: c["required"] = True
    if enum: c["enum"] = enum
    if pattern: c["pattern"] = pattern
    f = {"name": name, "type": "string", "description": desc}
    if c: f["constraints"] = c
    return f

NOTE = s("note", "Caveat or context, in our words.")
out = [
 res("huawei_financials", "Huawei: revenue, net profit and R&D expense by year",
     "One row per year, 2015-2024, from Huawei's annual reports (five-year tables) where read, otherwise from press reports of Huawei's results releases. CNY billions (reports give CNY million; values are divided by 1,000 and keep the source's precision). Net profit in 2021 and 2023 includes gains from the sale of Honor. R&D intensity is derived in notebook 02, not stored. source_id is the source of revenue and net profit; rd_source_ids that of the R&D expense.",
     [{"name": "year", "type": "integer", "description": "Financial year (calendar year).", "unit": "year", "constraints": {"required": True, "minimum": 2015, "maximum": 2030}},
      num("revenue_cny_bn", "Revenue.", "CNY bn", True, 0),
      num("net_profit_cny_bn", "Net profit.", "CNY bn", True),
      num("rd_expense_cny_bn", "Research and development expense.", "CNY bn", True, 0),
      SRC,
      {"name": "rd_source_ids", "type": "string", "description": "Id(s) in sources.csv of the source of the R&D expense (ids separated by ';'; here always one).", "constraints": {"required": True}},
      COR, NOTE], "year"),
 res("huawei_segments", "Huawei: revenue by segment, in the two schemes Huawei reported",
     "One row per year, scheme and segment. scheme customer_group (carrier, enterprise, consumer) is Huawei's headline split to 2022; business_segment (ICT infrastructure, consumer, cloud computing, digital power, intelligent automotive solutions) is its split from the 2023 report. The two are never spliced: 'consumer' exists in both but is compared within a scheme only. Values are as first reported; later reports restate some years (notes). 2018 carrier and enterprise revenue are missing (not found in a source usable here).",
     [{"name": "year", "type": "integer", "description": "Financial year.", "unit": "year", "constraints": {"required": True, "minimum": 2015, "maximum": 2030}},
      s("scheme", "Segment scheme the figure belongs to.", True, ["customer_group", "business_segment"]),
      s("segment", "Segment name (snake_case).", True, ["carrier", "enterprise", "consumer", "ict_infrastructure", "cloud_computing", "digital_power", "intelligent_automotive_solutions"]),
      num("revenue_cny_bn", "Segment revenue as first reported.", "CNY bn", True, 0),
      SRC, COR, NOTE], ["year", "scheme", "segment"]),
 res("smartphone_share", "Huawei smartphone shipments and share, by tracker",
     "One row per period, market and tracker (IDC, Canalys, Counterpoint). measure says whether the tracker counts shipments (sell-in) or sell-through sales (Counterpoint's China sales series); the two are not alike. includes_honor is true up to 2020: Huawei's figures included Honor until its sale in November 2020. Empty cells: the source gave no figure.",
     [s("period", "Quarter (YYYYQn) or calendar year (YYYY).", True, pattern=r"\d{4}(Q[1-4])?"),
      s("period_type", "quarter or year.", True, ["quarter", "year"]),
      s("market", "Mainland China or the world.", True, ["china", "global"]),
      s("tracker", "Research firm whose figure it is.", True, ["IDC", "Canalys", "Counterpoint"]),
      s("measure", "What the tracker counts.", True, ["shipments", "sell_through_sales"]),
      num("shipments_m", "Huawei's units in the period.", "million units", minimum=0),
      num("share_pct", "Huawei's share of the market's units.", "percent", minimum=0, maximum=100),
      num("growth_yoy_pct", "Change in Huawei's units on the same period a year earlier.", "percent"),
      {"name": "includes_honor", "type": "boolean", "description": "true when Huawei's figure includes Honor (to 2020).", "constraints": {"required": True}},
      SRC, COR, NOTE], ["period", "market", "tracker"]),
 res("huawei_key_dates", "Huawei: corporate, product and technology dates",
     "Company and product events, technical findings and one company claim (category company_claim); US policy events are in control_events. Dates ISO 8601 at the precision known.",
     [s("date", "Date of the event: YYYY-MM-DD or YYYY-MM.", True, pattern=r"\d{4}(-\d{2}(-\d{2})?)?"),
      s("event", "What happened, in our words.", True),
      s("category", "Kind of event.", True, ["product", "corporate", "supply", "technology", "software", "company_claim"]),
      SRC, COR, NOTE], "event"),
 res("huawei_stack_layers", "Huawei's technology stack, layer by layer",
     "One row per layer of the stack: the foreign incumbent, the Chinese substitute, evidence of how far it has got, and what still depends on foreign technology. status_level is this collection's rating of the cited evidence on a four-step scale: 0 = no Chinese substitute in Huawei's products; 1 = a substitute exists but only for older nodes, in samples or at small scale; 2 = a substitute in volume use but behind the frontier or still using foreign inputs; 3 = a substitute in volume use close to the frontier. It is a judgement, not a measurement.",
     [{"name": "order", "type": "integer", "description": "Position in the stack, from design tools (1) to AI software (10).", "constraints": {"required": True, "minimum": 1, "maximum": 20}},
      s("layer", "Layer of the stack.", True),
      s("foreign_incumbent", "Leading foreign supplier(s).", True),
      s("chinese_substitute", "Chinese substitute used or offered.", True),
      {"name": "status_level", "type": "integer", "description": "Rating 0-3 on the scale in the table description (our judgement from the source).", "constraints": {"required": True, "minimum": 0, "maximum": 3}},
      {"name": "as_of_year", "type": "integer", "description": "Year of the evidence.", "unit": "year", "constraints": {"required": True, "minimum": 2015, "maximum": 2030}},
      s("evidence", "What the source says, in our words.", True),
      s("still_foreign", "What in this layer still depends on foreign technology.", True),
      SRC, COR], "layer"),
]
Path(__file__).with_name("resources.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
