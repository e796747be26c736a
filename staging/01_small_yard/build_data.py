"""Build notebook 01's CSVs, its sources fragment and its resource descriptors.

Run from the repository root:  .venv/bin/python staging/01_small_yard/build_data.py
Every value below was read in the source named on its row (see the report for which rows were
re-checked in this session and which were taken from the project's research file).
"""
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DATA = ROOT / "data"

# ------------------------------------------------------------------ sources
# id, title, publisher, author, date_published, url, type, note
S = [
 ("cna-20250130-choyleva-backfiring", None, None, None, None, None, None, None),  # copied from staging/00_base
 ("cnn-20250715-nvidia-resume-h20", None, None, None, None, None, None, None),     # copied from another fragment
 ("thompsonhine-20190516-huawei-entity-list", "Huawei Technologies Co., Ltd. and 68 Affiliates Added to BIS Entity List", "Thompson Hine SmarTrade", "", "2019-05", "https://www.thompsonhinesmartrade.com/2019/05/huawei-technologies-co-ltd-and-68-affiliates-added-to-bis-entity-list/", "secondary", "Law-firm alert: Huawei and 68 non-US affiliates put on the Entity List in May 2019 (announced 15 May, effective 16 May)."),
 ("emsnow-20190819-huawei-affiliates", "Department of Commerce Adds Dozens of New Huawei Affiliates to the Entity List and Maintains Narrow Exemptions through the Temporary General License", "EMSNow (reprint of a US Commerce release)", "", "2019-08-19", "https://emsnow.com/department-of-commerce-adds-dozens-of-new-huawei-affiliates-to-the-entity-list-and-maintains-narrow-exemptions-through-the-temporary-general-license", "primary", "Commerce release (reprinted): 46 more Huawei affiliates listed on 19 August 2019, temporary general licence extended."),
 ("hugheshubbard-201910-xinjiang-entity-list", "U.S. Government Adds Chinese Governmental and Commercial Organizations to the Entity List", "Hughes Hubbard & Reed", "", "2019-10", "https://www.hugheshubbard.com/news/u-s-government-adds-chinese-governmental-and-commercial-organizations-to-the-entity-list", "secondary", "Law-firm alert: 28 Chinese government bodies and companies listed in October 2019 over Xinjiang."),
 ("natlawreview-202005-huawei-fdpr", "Trump Administration Significantly Enhances Export Control Supply Chain Restrictions", "National Law Review", "", "2020-05", "https://natlawreview.com/article/trump-administration-significantly-enhances-export-control-supply-chain-restrictions", "secondary", "The first Huawei foreign-direct-product rule of 15 May 2020."),
 ("mayerbrown-202008-huawei-fdpr", "Tightening the Screws: US Further Restricts Huawei's Access to US Technologies", "Mayer Brown", "", "2020-08", "https://mayerbrown.com/en/perspectives-events/publications/2020/08/tightening-the-screws-us-further-restricts-huaweis-access-to-us-technologies", "secondary", "The broadened Huawei foreign-direct-product rule of 17 August 2020, with 38 more affiliates."),
 ("lexology-20200826-south-china-sea-24", "Entity List additions of 26 August 2020 (South China Sea)", "Lexology", "", "2020-08", "https://www.lexology.com/library/detail.aspx?g=01a05b35-1796-422e-8f3e-11c610bc92f8", "secondary", "24 Chinese companies listed on 26 August 2020 for island-building in the South China Sea."),
 ("thompsonhine-202012-smic-entity-list", "Commerce Publishes Additions to Entity List, Including China's SMIC and Entities Supporting China's Human Rights Abuses and Territorial Claims to the South China Sea", "Thompson Hine SmarTrade", "", "2020-12", "https://www.thompsonhinesmartrade.com/2020/12/commerce-publishes-additions-to-entity-list-including-chinas-smic-and-entities-supporting-chinas-human-rights-abuses-and-territorial-claims-to-the-south-china-sea/", "secondary", "SMIC and related firms listed on 18 December 2020 (77 entities in the round)."),
 ("bis-20221007-advanced-computing-rule", "Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People's Republic of China (PRC)", "US Bureau of Industry and Security", "", "2022-10-07", "https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor", "primary", "The October 2022 package on advanced chips, supercomputers and chipmaking equipment."),
 ("fr-20221219-entity-list-ymtc", "Additions and Revisions to the Entity List and Conforming Removal From the Unverified List (2022-27151)", "Federal Register", "", "2022-12-19", "https://www.federalregister.gov/documents/2022/12/19/2022-27151/additions-and-revisions-to-the-entity-list-and-conforming-removal-from-the-unverified-list", "primary", "36 entities (35 in China plus a Japanese unit of YMTC) listed in December 2022."),
 ("fr-20230306-entity-list-28-china", "Additions and Revisions of Entities to the Entity List (2023-04558)", "Federal Register", "", "2023-03-06", "https://www.federalregister.gov/documents/2023/03/06/2023-04558/additions-and-revisions-of-entities-to-the-entity-list", "primary", "37 entities added in March 2023, 28 of them under China."),
 ("treasury-outbound-investment-program", "Outbound Investment Security Program - Program Regulations", "US Department of the Treasury", "", "2024", "https://home.treasury.gov/policy-issues/international/outbound-investment-program/program-regulations", "primary", "Executive Order 14105 (9 August 2023) and the final rule (issued 28 October 2024, effective 2 January 2025) on US investment in Chinese chips, quantum and AI."),
 ("fr-20231011-entity-list-42-china", "Addition of Entities to the Entity List (2023-22536)", "Federal Register", "", "2023-10-11", "https://www.federalregister.gov/documents/2023/10/11/2023-22536/addition-of-entities-to-the-entity-list", "primary", "49 entities added, 42 under China."),
 ("bis-20231017-strengthens-restrictions", "Commerce Strengthens Restrictions on Advanced Computing Semiconductors, Semiconductor Manufacturing Equipment, and Supercomputing Items to Countries of Concern", "US Bureau of Industry and Security", "", "2023-10-17", "https://bis.gov/press-release/commerce-strengthens-restrictions-advanced-computing-semiconductors-semiconductor", "primary", "The October 2023 update to the chip and equipment rules."),
 ("fr-20231019-entity-list-13-china", "Entity List Additions (2023-23048)", "Federal Register", "", "2023-10-19", "https://www.federalregister.gov/documents/2023/10/19/2023-23048/entity-list-additions", "primary", "13 Chinese entities (AI-chip developers and affiliates) listed."),
 ("asiantechpress-2024-asml-licence-revoked", "ASML says Dutch government partially revoked licence to export to China", "Asian Tech Press", "", "2024-01", "https://asiantechpress.com/asml-says-dutch-government-partially-revoked-licence-to-export-to-china.html", "secondary", "Quotes ASML: the US rules of 17 October 2023 reach some mid-critical DUV immersion tools for a few advanced Chinese fabs."),
 ("bis-20240404-clarifications", "Commerce Releases Clarifications of Export Control Rules to Restrict the PRC's Access to Advanced Computing and Supercomputing Items and Semiconductor Manufacturing Equipment", "US Bureau of Industry and Security", "", "2024-04-04", "https://www.bis.gov/press-release/commerce-releases-clarifications-export-control-rules-restrict-prcs-access-advanced", "primary", "The April 2024 clarifying rule."),
 ("bis-20240509-37-prc-entities", "Commerce Adds 37 PRC Entities to Entity List for Enabling PRC Quantum and Aerospace Programs, Aiding Russian Aggression in Ukraine", "US Bureau of Industry and Security", "", "2024-05-09", "http://bis.gov/press-release/commerce-adds-37-prc-entities-entity-list-enabling-prc-quantum-and-aerospace-programs", "primary", "BIS release of Thursday 9 May 2024: 37 entities added (22 quantum, 4 drone-related, 11 balloon programme); says the administration had by then added 355 PRC entries to the Entity List."),
 ("eneltec-2021-china-ic-imports-2020", "China's IC imports hit a new high", "Eneltec (blog relaying CSIA and customs statistics)", "", "2021-03", "http://www.eneltec-trading.com/blog/chinas-ic-imports-hit-a-new-high/", "secondary", "Customs statistics: 543.5 bn ICs worth USD 350.04 bn imported in 2020 (+22.1% and +14.6%)."),
 ("fr-20240514-entity-list-37-china", "Additions of Entities to the Entity List (2024-10485)", "Federal Register", "", "2024-05-14", "https://www.federalregister.gov/documents/2024/05/14/2024-10485/additions-of-entities-to-the-entity-list", "primary", "37 Chinese entries (quantum, balloons, Russia support)."),
 ("thompsonhine-202412-bis-strengthen", "BIS Seeks to Further Strengthen Export Controls Targeting China's Advanced Semiconductor Industry", "Thompson Hine SmarTrade", "", "2024-12", "https://www.thompsonhinesmartrade.com/2024/12/bis-seeks-to-further-strengthen-export-controls-targeting-chinas-advanced-semiconductor-industry/", "secondary", "The 2 December 2024 package: HBM, more equipment and software tools, new foreign-direct-product rules."),
 ("hklaw-202412-us-strengthens-controls", "U.S. Strengthens Export Controls on Advanced Computing Items, Semiconductor Manufacturing Items", "Holland & Knight", "", "2024-12", "https://hklaw.com/en/insights/publications/2024/12/us-strengthens-export-controls-on-advanced-computing-items", "secondary", "140 entities added on 2 December 2024, mostly but not only in China."),
 ("fr-20250115-ai-diffusion", "Framework for Artificial Intelligence Diffusion (2025-00636)", "Federal Register", "", "2025-01-15", "https://www.federalregister.gov/documents/2025/01/15/2025-00636/framework-for-artificial-intelligence-diffusion", "primary", "The AI Diffusion rule: worldwide licences for advanced chips, a control on closed model weights, three country tiers."),
 ("fr-20250116-foundry-due-diligence", "Implementation of Additional Due Diligence Measures for Advanced Computing Integrated Circuits (2025-00711)", "Federal Register", "", "2025-01-16", "https://www.federalregister.gov/documents/2025/01/16/2025-00711/implementation-of-additional-due-diligence-measures-for-advanced-computing-integrated-circuits", "primary", "The foundry due-diligence rule of January 2025."),
 ("fr-20250116-entity-list-25-china", "Additions to the Entity List (2025-00480)", "Federal Register", "", "2025-01-16", "https://www.federalregister.gov/documents/2025/01/16/2025-00480/additions-to-the-entity-list", "primary", "With the companion rule 2025-00704: 25 Chinese entities (14 + 11) listed on 16 January 2025."),
 ("fr-20250328-entity-list-53-china", "Additions and Modifications to the Entity List (2025-05426)", "Federal Register", "", "2025-03-28", "https://www.federalregister.gov/documents/2025/03/28/2025-05426/additions-and-modifications-to-the-entity-list", "primary", "With its companion rule: 82 entities added in March 2025, 53 under China."),
 ("nvidia-20250409-8k-h20", "NVIDIA Corporation Form 8-K (report date 9 April 2025)", "NVIDIA / SEC EDGAR", "", "2025-04-15", "https://www.sec.gov/Archives/edgar/data/1045810/000104581025000082/nvda-20250409.htm", "primary", "Nvidia's filing: a licence is now required to export the H20 to China."),
 ("alston-202505-rescinds-ai-diffusion", "Commerce Rescinds AI Diffusion Rule, Releases Other Guidance Involving Overseas AI Chips", "Alston & Bird", "", "2025-05", "https://alstontrade.com/commerce-rescinds-ai-diffusion-rule-releases-other-guidance-involving-overseas-ai-chips", "secondary", "The 13 May 2025 rescission of the AI Diffusion rule."),
 ("akin-202505-ascend-guidance", "BIS Rescinds Its AI Diffusion Rule and Issues Compliance Guidance Regarding Advanced Computing Items", "Akin Gump", "", "2025-05", "https://www.akingump.com/en/insights/alerts/bis-rescinds-its-ai-diffusion-rule-and-issues-compliance-guidance-regarding-advanced-computing-items", "secondary", "Guidance of 13 May 2025 on using Chinese advanced chips such as Huawei's Ascend."),
 ("kirkland-202506-eda-letters", "BIS Takes Aim at Chinese Semiconductor Industry With Novel Export Controls Approach", "Kirkland & Ellis", "", "2025-06", "http://kirkland.com/publications/kirkland-alert/2025/06/bis-takes-aim-at-chinese-semiconductor", "secondary", "The May 2025 letters requiring licences for chip-design software (EDA) exports to China."),
 ("edgarindex-20250705-eda-lifted", "BIS removes restrictions on chip design and energy companies in informed letter", "EDGAR Index", "", "2025-07-05", "https://www.edgarindex.com/2025/07/05/bis-removes-restrictions-on-chip-design-and-energy-companies-in-informed-letter/", "secondary", "The EDA licence requirements lifted on 2 July 2025."),
 ("todayheadline-202508-nvidia-15pct", "Report on Nvidia's Q2 FY2026 results call (Yahoo Finance, reposted)", "Yahoo Finance (repost)", "", "2025-08", "https://todayheadline.co/?p=206511", "secondary", "The reported arrangement under which the US government would receive 15% of licensed H20 China revenue."),
 ("govinfo-20250902-veu-revocation", "Revocation of Validated End-User Authorizations in the People's Republic of China (2025-16735)", "Federal Register (GovInfo)", "", "2025-09-02", "https://www.govinfo.gov/content/pkg/FR-2025-09-02/html/2025-16735.htm", "primary", "VEU status withdrawn from Samsung, SK hynix and Intel/SK hynix fabs in China, effective 31 December 2025."),
 ("fr-20250916-entity-list-23-china", "Additions and Revisions to the Entity List (2025-17893)", "Federal Register", "", "2025-09-16", "https://www.federalregister.gov/documents/2025/09/16/2025-17893/additions-and-revisions-to-the-entity-list", "primary", "32 entities added in September 2025, 23 under China."),
 ("fedreg-mirror-20250930-affiliates-rule", "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities (2025-19001)", "Federal Register (via thefederalregister.org)", "", "2025-09-30", "https://thefederalregister.org/documents/2025-19001/expansion-of-end-user-controls-to-cover-affiliates-of-certain-listed-entities", "primary", "The affiliates (50%) rule of 29 September 2025."),
 ("fr-20251009-entity-list-19-china", "Additions to the Entity List (2025-19508)", "Federal Register", "", "2025-10-09", "https://www.federalregister.gov/documents/2025/10/09/2025-19508/additions-to-the-entity-list", "primary", "26 entities added in October 2025, 19 under China."),
 ("fr-20251112-affiliates-suspension", "One Year Suspension of Expansion of End-User Controls for Affiliates of Certain Listed Entities (2025-19846)", "Federal Register", "", "2025-11-12", "https://www.federalregister.gov/documents/2025/11/12/2025-19846/one-year-suspension-of-expansion-of-end-user-controls-for-affiliates-of-certain-listed-entities", "primary", "The affiliates rule suspended for a year under the Busan truce."),
 ("asianfin-202512-h200-approval", "Trump Says He Approves Nvidia H200 Chip Exports to China in Exchange for 25% Surcharge", "AsianFin", "", "2025-12", "https://www.asianfin.com/articles/229738", "secondary", "The 8 December 2025 announcement allowing H200 sales to vetted Chinese customers."),
 ("fr-20260115-license-review-policy", "Revision to License Review Policy for Advanced Computing Commodities (2026-00789)", "Federal Register", "", "2026-01-15", "https://www.federalregister.gov/documents/2026/01/15/2026-00789/revision-to-license-review-policy-for-advanced-computing-commodities", "primary", "H200-class chips to China moved from presumption of denial to case-by-case review."),
 ("ap-20230630-dutch-rules-september", "Dutch semiconductor machine export restrictions to come into force in September", "Associated Press (via Local News 8)", "", "2023-06-30", "https://localnews8.com/news/ap-national/2023/06/30/dutch-semiconductor-machine-export-restrictions-to-come-into-force-in-september/", "secondary", "Says the Dutch have barred some ASML exports to China since 2019 (no exact date)."),
 ("japantimes-20230723-chip-curbs-begin", "Japanese restrictions on exports of advanced chip-manufacturing equipment take effect", "Japan Times", "", "2023-07-23", "https://www.japantimes.co.jp/news/2023/07/23/business/chip-export-curbs-begin/", "secondary", "Japan's 23 categories of chipmaking equipment under licence from 23 July 2023."),
 ("mayerbrown-202307-dutch-rules", "The Netherlands Publishes New Export Control Rules for Production Equipment for Semiconductors", "Mayer Brown", "", "2023-07", "https://www.mayerbrown.com/en/insights/publications/2023/07/the-netherlands-publishes-new-export-control-rules-for-production-equipment-for-semiconductors", "secondary", "The Dutch national licence for advanced chipmaking equipment (published 30 June, applies from 1 September 2023)."),
 ("asiafinancial-202401-dutch-block-asml", "Dutch block ASML from shipping top chip machines to China", "Asia Financial", "", "2024-01", "https://www.asiafinancial.com/dutch-block-asml-from-shipping-top-chip-machines-to-china", "secondary", "Partial revocation of ASML's licence for NXT:2050i/2100i shipments to China."),
 ("siliconsemi-202409-dutch-expand", "The Netherlands expands export control measure for advanced semiconductor manufacturing equipment", "Silicon Semiconductor", "", "2024-09", "https://siliconsemiconductor.net/article/120088/newsletter", "secondary", "Dutch licence extended to more DUV tools from 7 September 2024."),
 ("afp-20250115-dutch-tighten", "Dutch tighten curbs on semiconductor equipment exports", "AFP (via SinoDaily)", "", "2025-01-15", "http://sinodaily.com/afp/250115152815.afby2h01.html", "secondary", "Dutch licence extended to metrology and inspection equipment from 1 April 2025."),
 ("govnl-20251106-wbg-update", "Update on invoking Goods Availability Act (Wbg), 6th of November 2025", "Government of the Netherlands", "", "2025-11-06", "https://www.government.nl/topics/enterprise-and-innovation/documents/diplomatic-statements/2025/11/06/update-on-invoking-goods-availability-act-wbg-6th-of-november-2025", "primary", "The Dutch order over Nexperia (dated 30 September 2025)."),
 ("evertiq-20251119-nexperia-lifted", "Netherlands lifts control of Nexperia after talks with China", "Evertiq", "", "2025-11-19", "https://evertiq.com/design/2025-11-19-netherlands-lifts-control-of-nexperia-after-talks-with-china", "secondary", "The Nexperia order suspended on 19 November 2025."),
 ("davispolk-2023-uel-two-companies", "Chinese Ministry of Commerce places two companies on its Unreliable Entity List", "Davis Polk", "", "2023-02", "https://www.davispolk.com/insights/client-update/chinese-ministry-commerce-places-two-companies-its-unreliable-entity-list", "secondary", "Background on the Unreliable Entity List, first announced on 31 May 2019."),
 ("mofcom-202009-uel-provisions", "Head of Department of Treaty and Law of MOFCOM on Regulations on the Unreliable Entity List", "China Ministry of Commerce", "", "2020-09", "http://english.mofcom.gov.cn/article/newsrelease/policyreleasing/202009/20200903004189.shtml", "primary", "MOFCOM's provisions on the Unreliable Entity List (19 September 2020)."),
 ("diacron-202010-export-control-law", "NPC Standing Committee Adopts Law on Export Control", "Diacron Group", "", "2020-10", "https://www.diacrongroup.com/en/tax-news/npc-standing-committee-adopts-law-on-export-control/", "secondary", "China's Export Control Law, passed 17 October 2020, in force 1 December 2020."),
 ("willkie-20210614-afsl", "China enacts new anti-foreign sanctions law", "Willkie Farr & Gallagher", "", "2021-06-14", "https://complianceconcourse.willkie.com/articles/news-alerts-2021-06-june-20210614-china-enacts-new-antiforeign-sanction/", "secondary", "The Anti-Foreign Sanctions Law of 10 June 2021."),
 ("scio-20230217-uel-lockheed-raytheon", "China adds two companies to unreliable entities list", "State Council Information Office (Xinhua)", "", "2023-02-17", "http://english.scio.gov.cn/pressroom/2023-02/17/content_85111530.htm", "primary", "First Unreliable Entity List designations (Lockheed Martin, Raytheon Missiles & Defense)."),
 ("technode-20230522-micron-ban", "China bars US chipmaker Micron from key infrastructure projects", "TechNode", "", "2023-05-22", "https://technode.com/2023/05/22/china-bars-us-chipmaker-micron-from-key-infrastructure-projects/", "secondary", "Micron failed China's cybersecurity review on 21 May 2023."),
 ("cjo-2023-gallium-germanium", "China Imposes Export Controls on Gallium and Germanium", "China Justice Observer", "", "2023-07", "https://chinajusticeobserver.com/a/china-imposes-export-controls-on-gallium-and-germanium", "secondary", "Announcement No. 23 of 2023: licences for gallium and germanium exports from 1 August 2023."),
 ("cna-20230704-gallium-germanium-factbox", "Factbox: What are gallium and germanium, and what are China's export restrictions? (Reuters)", "CNA (Reuters)", "", "2023-07-04", "https://www.channelnewsasia.com/business/materials-germanium-gallium-china-export-restrictions-3604361", "secondary", "Reuters factbox: China produces about 80% of gallium and about 60% of germanium according to the Critical Raw Materials Alliance; controls from 1 August 2023."),
 ("scio-20231020-graphite-controls", "China announces export control on certain graphite materials, products", "State Council Information Office (Xinhua)", "", "2023-10-20", "http://english.scio.gov.cn/m/pressroom/2023-10/20/content_116763338.htm", "primary", "Export permits for some graphite items from 1 December 2023."),
 ("technode-20231023-graphite", "China announces export control on graphite, a mineral crucial to EV batteries", "TechNode", "", "2023-10-23", "https://technode.com/2023/10/23/china-announces-export-control-on-graphite-a-mineral-crucial-to-ev-batteries/", "secondary", "Graphite permits from 1 December 2023; China made an estimated 65% of world graphite in 2022 according to the USGS."),
 ("reuters-20231020-graphite-permits", "China to require export permits on some graphite products from Dec 1 (Reuters)", "Reuters (via WTVB)", "", "2023-10-20", "https://wtvbam.com/2023/10/19/china-to-require-export-permits-on-some-graphite-products-from-dec-1/", "secondary", "Reuters: China produces 67% of global graphite supply according to the USGS."),
 ("bestmag-202310-graphite-permits", "China introduces export permits for certain graphite products: report", "Batteries & Energy Storage Technology (bestmag)", "", "2023-10", "https://www.bestmag.co.uk/china-introduces-export-permits-for-certain-graphite-products-report/", "secondary", "Relays Reuters: China refines more than 90% of the world's graphite into battery material."),
 ("nasdaq-202312-reuters-re-tech-ban", "China bans export of rare earths processing technologies (Reuters)", "Reuters (via Nasdaq)", "", "2023-12-21", "https://www.nasdaq.com/articles/china-bans-export-of-rare-earths-processing-technologies", "secondary", "Rare-earth magnet-making technology added to China's export-ban catalogue, 21 December 2023."),
 ("thehindu-202312-reuters-re-tech-ban", "China bans export of rare earth processing technologies (Reuters)", "The Hindu (Reuters)", "", "2023-12-21", "https://www.thehindu.com/news/international/china-bans-export-of-rare-earth-processing-technologies/article67667281.ece", "secondary", "Reuters: China accounts for nearly 90% of global refined rare-earth output."),
 ("dailymail-202408-reuters-antimony", "China to impose export controls on strategic metal antimony from Sept. 15 (Reuters)", "Reuters (via Daily Mail)", "", "2024-08-15", "https://www.dailymail.co.uk/wires/reuters/article-13746025/China-impose-export-controls-strategic-metal-antimony-Sept-15.html", "secondary", "Antimony controls announced 15 August 2024, effective 15 September 2024."),
 ("cnbc-202408-antimony-turmoil", "China's antimony export controls are throwing the tungsten industry into turmoil (CNBC, reposted)", "CNBC (repost)", "", "2024-08", "https://built2invest.com/chinas-antimony-export-controls-shake-up-tungsten-industry", "secondary", "CNBC: China accounted for 48% of global antimony mine production in 2023 according to the USGS."),
 ("afr-20240816-antimony", "China squeezes Western militaries with export ban on weapons metal (AFR, excerpt)", "Australian Financial Review (via Republic of Mining)", "Annie Lee; Mark Burton", "2024-08-16", "https://republicofmining.com/2024/08/16/china-squeezes-western-militaries-with-export-ban-on-weapons-metal-by-annie-lee-and-mark-burton-australian-financial-review-august-16-2024/", "secondary", "China holds a 56% share of global mined antimony according to a 2023 EU study (a different figure from the USGS one)."),
 ("sinodaily-20241031-afp-skydio", "US drone maker says China sanctions to hit supply chain", "AFP (via SinoDaily)", "", "2024-10-31", "https://www.sinodaily.com/afp/241031121435.p4nnycoe.html", "secondary", "Skydio says China's October 2024 sanctions cut off its battery supplier."),
 ("meduza-20241031-skydio-batteries", "Chinese sanctions against U.S. companies leave Ukrainian military drone supplier without batteries", "Meduza (citing the Financial Times)", "", "2024-10-31", "https://meduza.io/en/news/2024/10/31/chinese-sanctions-against-u-s-companies-leave-ukrainian-military-drone-supplier-without-batteries", "secondary", "Relays the FT: China's sanctions, imposed on 11 October 2024, blocked Skydio's sole battery supplier."),
 ("shafaq-202410-skydio-battery-shortage", "US drone maker Skydio confronts battery shortage following Chinese sanctions", "Shafaq News", "", "2024-10", "https://www.shafaq.com/en/World/US-drone-maker-Skydio-confronts-battery-shortage-following-Chinese-sanctions", "secondary", "Says the sanctions on Skydio were enacted on 10 October 2024 (conflicts with the FT's 11 October)."),
 ("shine-202410-dual-use-regulations", "China issues regulations on export control of dual-use items", "Shanghai Daily", "", "2024-10", "https://www.shine.cn/news/nation/2410198234/", "secondary", "China's dual-use export control regulations, in force 1 December 2024."),
 ("brecorder-20241203-reuters-ga-ge-sb-ban", "China bans exports of gallium, germanium, antimony to US (Reuters)", "Business Recorder (Reuters)", "", "2024-12-03", "https://www.brecorder.com/news/40335663/china-bans-exports-of-gallium-germanium-antimony-to-us", "secondary", "Reuters: on Tuesday 3 December 2024, a day after the US package, China banned in principle exports of gallium, germanium, antimony and superhard materials to the US, with immediate effect."),
 ("ajc-20241203-ap-gallium-ban", "China bans exports to US of gallium, germanium, antimony in response to chip sanctions (AP)", "Associated Press (via AJC)", "Elaine Kurtenbach", "2024-12-03", "https://www.ajc.com/news/nation-world/china-bans-exports-of-gallium-and-other-key-high-tech-materials-hitting-back-at-us-chip-sanctions/G4PEB5PLRVB5ZNUUDLVATK6RZM/", "secondary", "AP on the same 3 December 2024 ban, linking it to the US package."),
 ("redplanx-20241209-samr-nvidia", "China's State Administration for Market Regulation launches antitrust investigation into Nvidia", "RedPlanX (citing CCTV)", "", "2024-12-09", "https://www.redplanx.com/html/news/2034568.html", "secondary", "SAMR opened an anti-monopoly probe of Nvidia on 9 December 2024 over its Mellanox conditions."),
 ("jdsupra-2025-samr-nvidia-procedure", "A Procedural Analysis of China's Investigation into NVIDIA", "JD Supra", "Ken Dai (co-author)", "2025-09", "https://www.jdsupra.com/legalnews/a-procedural-analysis-of-china-s-6334927/", "secondary", "Dates the Nvidia probe: opened 9 December 2024, further investigation announced 15 September 2025."),
 ("geopolitechs-202501-export-control-list", "China's First-Ever Use of Export Control List Against U.S. Defense and Tech Companies", "Geopolitechs", "", "2025-01", "https://geopolitechs.org/p/chinas-first-ever-use-of-export-control", "secondary", "28 US defence firms put on China's export control list on 2 January 2025."),
 ("worldtodaynews-202502-tungsten", "China Implements Export Controls on Tungsten, Tellurium, Bismuth, Molybdenum and Indium Items", "World Today News", "", "2025-02", "https://world-today-news.com/china-implements-export-controls-on-tungsten-cricket-bismuth-molybdenum-and-indium-items", "secondary", "Controls on five more metals, 4 February 2025."),
 ("newrepublic-202502-china-countermeasures", "Report on China's 4 February 2025 countermeasures", "The New Republic", "", "2025-02", "https://newrepublic.com/post/191103/trump-trade-war-china-tariffs", "secondary", "PVH and Illumina put on the Unreliable Entity List, Google probe, 4 February 2025."),
 ("evrimagaci-202503-15-entities", "China Adds 15 US Entities To Export Control List", "Evrim Agaci", "", "2025-03", "https://evrimagaci.org/tpg/china-adds-15-us-entities-to-export-control-list-251335", "secondary", "15 US entities on China's export control list and 10 on the Unreliable Entity List, 4 March 2025 (single source)."),
 ("hklaw-20250404-re-controls", "China Imposes Export Controls on Medium and Heavy Rare Earth Materials", "Holland & Knight", "Joseph Sopcisak", "2025-04-04", "https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials", "secondary", "Announcement 18 of 2025: licences for seven medium and heavy rare earths, effective immediately on 4 April 2025."),
 ("globaltimes-20250404-uel-11", "China adds 11 US companies to unreliable entity list for 'military technology cooperation' with the island of Taiwan", "Global Times", "", "2025-04-04", "https://globaltimes.cn/page/202504/1331468.shtml?id=12", "secondary", "Skydio and BRINC among 11 US firms put on the Unreliable Entity List on Friday 4 April 2025; 16 US firms put on the export control list."),
 ("people-20250406-xinhua-uel-11", "China adds 11 U.S. firms to unreliable entity list (Xinhua)", "People's Daily Online (Xinhua)", "", "2025-04-06", "http://en.people.cn/n3/2025/0406/c90000-20298366.html", "primary", "Xinhua, datelined 4 April 2025: 11 US firms including Skydio and BRINC added to the Unreliable Entity List."),
 ("trtworld-202507-nvidia-summoned", "China summons Nvidia over 'backdoor security risks' in H20 chips", "TRT World", "", "2025-07-31", "https://www.trtworld.com/article/25c7203cf45e", "secondary", "The Cyberspace Administration summoned Nvidia on 31 July 2025."),
 ("globaltimes-202509-analog-antidumping", "China launches anti-dumping probe into certain U.S. analog IC chips", "Global Times", "", "2025-09-13", "https://www.globaltimes.cn/page/202509/1343413.shtml", "secondary", "Anti-dumping probe into US analog chips, 13 September 2025."),
 ("jurist-202509-nvidia-preliminary", "China finds Nvidia violated antimonopoly law in preliminary probe", "Jurist", "", "2025-09-15", "https://www.jurist.org/news/2025/09/china-finds-nvidia-violated-antimonopoly-law-in-preliminary-probe", "secondary", "SAMR's preliminary finding against Nvidia, announced Monday 15 September 2025; the review began in December 2024."),
 ("evertiq-20251107-nexperia-reinstated", "Critical Nexperia chip supply from China to be reinstated", "Evertiq", "", "2025-11-07", "https://evertiq.com/design/2025-11-07-critical-nexperia-chip-supply-from-china-to-be-reinstated", "secondary", "China's block on exports from Nexperia's Chinese plants (from 4 October 2025) and its lifting."),
 ("sscollege-2025-mofcom-61", "MOFCOM Announcement No. 61 of 2025 (English translation)", "SSCollege (translation of a MOFCOM text)", "", "2025-10", "http://www.sscollege.cn/en/news/44800.html", "primary", "China's extraterritorial rare-earth rule of 9 October 2025."),
 ("people-20251010-xinhua-re-controls", "China announces export control measures on superhard materials, rare earths, battery-related items (Xinhua)", "People's Daily Online (Xinhua)", "", "2025-10-10", "http://en.people.cn/n3/2025/1010/c90000-20374885.html", "primary", "Controls of 9 October 2025 on superhard materials, rare-earth equipment, more rare earths, lithium batteries and graphite anodes."),
 ("chemradar-202511-announcement-70", "Note on MOFCOM/GAC Announcement No. 70 of 2025", "ChemRadar", "", "2025-11", "https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4", "secondary", "The October 2025 controls suspended until 10 November 2026 (7 November 2025)."),
 ("businesstimes-20251109-china-suspends-ban", "China suspends ban on exports of gallium, germanium, antimony to US", "The Business Times", "", "2025-11-09", "https://www.businesstimes.com.sg/international/china-suspends-ban-exports-gallium-germanium-antimony-us", "secondary", "China's commerce ministry said on Sunday 9 November 2025 that the December 2024 ban on these exports to the US is suspended to 27 November 2026."),
 ("pakistantoday-20251109-xinhua-suspends", "China suspends part of control measures on dual-use items export to US (Xinhua)", "Pakistan Today (Xinhua)", "", "2025-11-09", "https://www.pakistantoday.com.pk/2025/11/09/china-suspends-part-of-control-measures-on-dual-use-items-export-to-us/", "secondary", "Xinhua: the second clause of Announcement No. 46 of 2024 suspended from Sunday 9 November 2025 to 27 November 2026."),
 ("kelleydrye-20251106-affiliates-suspension", "White House Issues 1-Year Suspension For BIS 50% Rule Beginning November 10th", "Kelley Drye & Warren (via Mondaq)", "Kristine E. Pirnia; Molly Stevens", "2025-11-06", "https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1701208/white-house-issues-1-year-suspension-for-bis-50-rule-beginning-november-10th", "secondary", "The White House fact sheet of 1 November 2025 announced the one-year suspension of the affiliates rule from 10 November."),
 ("myglobalnews-202511-cgtn-eases", "China eases control measures on dual-use items export to U.S. (CGTN, reposted)", "MyGlobalNews (CGTN repost)", "", "2025-11", "https://myglobalnews.net/?p=88089", "secondary", "CGTN: the US-specific clause of Announcement No. 46 of 2024 suspended, announced on a Sunday, to 27 November 2026."),
 # series
 ("c114-2019-ic-imports-2018", "China's IC imports in 2018 (CSIA figures)", "C114", "", "2019-09-04", "http://en.c114.com.cn/579/a1100083.html", "secondary", "CSIA vice-chair's figures: 417.6 bn ICs worth USD 312.1 bn imported in 2018."),
 ("fonow-2020-ic-imports-2019", "China's IC imports in 2019 (customs-data analysis, reposted)", "Fonow (repost)", "", "2020-02", "https://fonow.com/view/250401.html", "secondary", "IC imports of USD 305.55 bn in 2019, value down about 2.1%."),
 ("chinanews-jp-ic-imports-2020", "China's IC imports (Japanese-language report citing China Customs)", "Chinanews.jp", "", "2023", "https://chinanews.jp/archives/12777", "secondary", "China Customs: 2020 IC imports USD 350.06 bn, up 15.8%."),
 ("antiempire-2021-ic-imports-2020", "China imported $371 billion in chips in 2020, twice as much as in oil (NBS communique, reposted)", "Anti-Empire (repost of CnTechPost)", "", "2021", "https://anti-empire.com/china-imported-371-billion-in-chips-in-2020-twice-as-much-as-in-oil/", "secondary", "NBS statistical communique: 543.5 bn ICs imported in 2020, RMB 2.4 trillion (converted by the site to about USD 371 bn)."),
 ("bloomberg-20230113-ic-imports-fell", "China's Imports of ICs Fell in 2022 for First Time Since 2004 (Bloomberg, reposted)", "Bloomberg (repost)", "", "2023-01-13", "http://15.188.152.128/chinas-imports-of-ics-fell-in-2022-for-first-time-since-2004", "secondary", "Customs data: 538.4 bn ICs imported in 2022, down from 635.6 bn in 2021; first fall since at least 2004."),
 ("scmp-20230113-ic-imports-2022", "China's imports of ICs fell in 2022 for the first time since 2004 (SCMP, reposted)", "South China Morning Post (repost)", "", "2023-01-13", "https://harakhaber.com/chinas-imports-of-ics-fell-in-2022-for-the-first-time-since-2004/", "secondary", "Customs data: 538.4 bn ICs worth USD 415.6 bn imported in 2022 (value -3.9%, volume -15.3%)."),
 ("scmp-20240112-chip-imports-2023", "Tech war: China chip imports fall in 2023, semiconductors remain country's largest import item ahead of crude oil", "South China Morning Post", "", "2024-01-12", "https://www.scmp.com/tech/policy/article/3248269/tech-war-china-chip-imports-fall-2023-semiconductors-remain-countrys-largest-item-ahead-crude-oil", "secondary", "Customs data: 479.5 bn ICs worth USD 349.4 bn imported in 2023."),
 ("scmp-20250113-chip-imports-2024", "China's 2024 chip imports surged 10.4% to US$385 billion amid tighter US tech sanctions", "South China Morning Post", "", "2025-01-13", "https://mcdn.i-scmp.com/tech/tech-trends/article/3294570/chinas-2024-chip-imports-surged-104-us385-billion-amid-tighter-us-tech-sanctions", "secondary", "Customs data: 549.2 bn ICs worth USD 385 bn imported in 2024, attributed partly to stockpiling."),
 ("cnas-20230302-sanctions-by-numbers", "Sanctions by the Numbers: SDN, CMIC, and Entity List Designations on China", "CNAS", "", "2023-03-02", "https://cnas.org/publications/reports/sanctions-by-the-numbers-sdn-cmic-and-entity-list-designations-on-china", "secondary", "603 entities and individuals listed under China on the Entity List (early 2023)."),
 ("gaopeng-2023-entity-list-639", "Note on Chinese entities on the US Entity List", "Gaopeng & Partners", "", "2023-03", "http://gaopenglaw.com/en/content/details11_3954.html", "secondary", "639 Chinese entities on the Entity List as of 28 February 2023, citing US Commerce data."),
 ("cnas-20241023-trump-biden-numbers", "Sanctions by the Numbers: Comparing the Trump and Biden Administrations' Sanctions and Export Controls on China", "CNAS", "", "2024-10-23", "https://cnas.org/publications/reports/sanctions-by-the-numbers-comparing-the-trump-and-biden-administrations-sanctions-and-export-controls-on-china", "secondary", "Chinese persons added to the Entity List: 259 under Trump's first term, 412 under Biden to 30 August 2024."),
 ("worldports-202509-over-1000", "Article on the 12 September 2025 Entity List additions", "WorldPorts", "", "2025-09", "https://www.worldports.org/?p=618354", "secondary", "Says more than 1,000 Chinese companies are now on the Entity List (not an official tally)."),
 ("wirechina-20200531-entity-list", "What is the U.S. Entity List?", "The Wire China", "", "2020-05-31", "https://thewirechina.com/2020/05/31/what-is-the-u-s-entity-list", "secondary", "Close to 1,300 entries on the Entity List in May 2020, almost half in Russia or China."),
 ("kharon-2025-entity-list-brief", "BIS Entity List: China, Russia, Iran export controls", "Kharon", "", "2025-09", "https://www.kharon.com/brief/bis-entity-list-china-russia-iran-export-controls", "secondary", "More than 3,400 entities on the Entity List after the September 2025 round."),
 ("brecorder-2023-reuters-home-gallium", "Column: China's gallium and germanium curbs (Reuters, Andy Home)", "Business Recorder (Reuters)", "Andy Home", "2023-07", "https://brecorder.com/news/amp/40251923", "secondary", "USGS: China made about 98% of the world's low-grade primary gallium in 2022; CRMA: about 60% of germanium."),
 ("miragenews-202412-conversation-ga-ge", "China bans US export of key chip minerals", "Mirage News (The Conversation)", "", "2024-12", "https://miragenews.com/china-bans-us-export-of-key-chip-minerals-1384133", "secondary", "Says China is the source of 98% of primary gallium and 91% of primary germanium (reference year not stated)."),
 ("benchmark-2025-30-years-rare-earths", "Infographic: The last 30 years of rare earths mining", "Benchmark Mineral Intelligence", "", "2025", "https://benchmark-source-core.pages.dev/article/infographic-the-last-30-years-of-rare-earths-mining", "secondary", "Benchmark and USGS: China accounted for 70% of world rare-earth mining in 2024."),
 ("nai500-202503-usgs-rare-earths-2024", "USGS Latest Data: Top 10 Rare Earth Producers in 2024", "NAI500", "", "2025-03", "https://nai500.com/blog/2025/03/usgs-latest-data-top-10-rare-earth-producers-in-2024/", "secondary", "USGS: world rare-earth mine production 390,000 t in 2024, of which China 270,000 t."),
 ("automotiveworld-20250619-iea-rare-earths", "China's rare earth halts: a lose-lose scenario for auto", "Automotive World", "", "2025-06-19", "https://www.automotiveworld.com/articles/chinas-rare-earth-halts-a-lose-lose-scenario-for-auto/", "secondary", "Citing the IEA: China 61% of rare-earth production and 92% of processing (reference year not stated)."),
 ("rareearthexchanges-202510-iea", "The Mineral Chessboard: IEA sounds alarm as China tightens its grip", "Rare Earth Exchanges", "", "2025-10", "https://rareearthexchanges.com/news/the-mineral-chessboard-iea-sounds-alarm-as-china-tightens-its-grip", "secondary", "Summary of IEA commentary: China 91% of rare-earth separation and 94% of permanent-magnet manufacturing."),
 # phrase
 ("anbound-2023-small-yard-high-fence", "Commentary on the 'small yard, high fence' strategy", "ANBOUND", "", "2023", "http://www.anbound.com/Section/ArticleView_33561_1.htm", "secondary", "Chinese think tank: the formula was first put forward in October 2018 by Samm Sacks of New America (not re-checked in this session; date of the commentary approximate)."),
 ("medill-202410-sullivan-brookings", "Sullivan reiterates de-risking instead of decoupling Chinese trade, underscores export controls", "Medill on the Hill (Northwestern University)", "", "2024-10", "https://medillonthehill.medill.northwestern.edu/2024/10/sullivan-reiterates-de-risking-instead-of-decoupling-chinese-trade-underscores-export-controls", "secondary", "Student report of Jake Sullivan's October 2024 Brookings talk; calls the metaphor an Obama-administration trope."),
 ("cnas-20241231-gertz-goodbye", "Goodbye to Small Yard, High Fence", "CNAS (New York Times guest essay)", "Geoffrey Gertz", "2024-12-31", "https://www.cnas.org/publications/commentary/goodbye-to-small-yard-high-fence", "secondary", "Argues the Biden team repeatedly used the metaphor, including for the 2 December 2024 package, while expanding the scale and scope of controls."),
 ("fas-20100420-gates-export-reform", "Remarks by Secretary Gates to the Business Executives for National Security on the U.S. Export Control System", "Federation of American Scientists (repost of a DoD transcript)", "Robert Gates", "2010-04-20", "https://sgp.fas.org/news/2010/04/gates-export.html", "primary", "Gates' 2010 export-control reform speech: a possible precursor idea (fewer items, tighter controls); the phrase itself was not seen."),
]

existing = {}
for frag in sorted((ROOT / "staging").glob("*/sources.csv")):
    if frag.parent == HERE:
        continue
    with frag.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            existing.setdefault(row["id"], row)
existing_by_url = {r["url"]: r for r in existing.values()}

FIELDS = ["id", "title", "publisher", "author", "date_published", "url", "type", "note"]
source_rows = []
REMAP = {}
for rec in S:
    sid = rec[0]
    if rec[1] is None:
        source_rows.append(existing[sid])
        continue
    row = dict(zip(FIELDS, rec))
    if row["url"] in existing_by_url:          # another helper has this URL: reuse its row and id
        other = existing_by_url[row["url"]]
        REMAP[sid] = other["id"]
        print("reusing", other["id"], "for", sid)
        if other["id"] not in {r["id"] for r in source_rows}:
            source_rows.append(other)
        continue
    source_rows.append(row)
with (HERE / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(source_rows)
IDS = {r["id"] for r in source_rows}


def rm(value):
    return ";".join(REMAP.get(x, x) for x in value.split(";")) if value else value


# ------------------------------------------------------------------ events
# event_id, announced, effective, actor, agency, measure, category, effect, also_raised_fence,
# chinese_entities_added, source_id, corroborating, note
E = [
 ("US-01", "2019-05-15", "2019-05-16", "US", "BIS (Commerce)", "Huawei and 68 of its non-US affiliates put on the Entity List, with a presumption of denial", "entity_list", "raised_fence", "", "", "thompsonhine-20190516-huawei-entity-list", "", "China-only count not given: the affiliates sit in 26 destinations."),
 ("US-02", "2019-08-19", "2019-08-19", "US", "BIS (Commerce)", "46 more Huawei affiliates listed; temporary general licence extended", "entity_list", "raised_fence", "", "", "emsnow-20190819-huawei-affiliates", "", "China-only count not given."),
 ("US-03", "2019-10-07", "2019-10-09", "US", "BIS (Commerce)", "28 Chinese public-security bodies and firms (Hikvision, Dahua, iFlytek, SenseTime among them) listed over Xinjiang", "entity_list", "raised_fence", "", "28", "hugheshubbard-201910-xinjiang-entity-list", "", ""),
 ("US-04", "2020-05-15", "2020-05-15", "US", "BIS (Commerce)", "First Huawei foreign-direct-product rule: foreign-made items designed by Huawei with US technology or tools need a licence", "chips", "widened_yard", "", "", "natlawreview-202005-huawei-fdpr", "", "A new kind of reach (foreign-made items) rather than more parties; classed as widening the yard."),
 ("US-05", "2020-08-17", "2020-08-17", "US", "BIS (Commerce)", "Huawei rule broadened to any foreign-made item made with US technology where Huawei is a party; 38 more affiliates; temporary licence ended", "chips", "raised_fence", "", "", "mayerbrown-202008-huawei-fdpr", "", ""),
 ("US-06", "2020-08-26", "2020-08-26", "US", "BIS (Commerce)", "24 Chinese companies listed for building islands in the South China Sea", "entity_list", "raised_fence", "", "24", "lexology-20200826-south-china-sea-24", "", ""),
 ("US-07", "2020-12-18", "2020-12-18", "US", "BIS (Commerce)", "SMIC and related firms listed (77 entities in the round); presumption of denial for items needed at 10 nm and below, EUV included", "entity_list", "raised_fence", "", "", "thompsonhine-202012-smic-entity-list", "", "Chinese entries in the 77: 59 or 61 depending on the source; left blank."),
 ("US-08", "2022-10-07", "2022-10-07", "US", "BIS (Commerce)", "Advanced computing and chipmaking-equipment rule: AI-chip and tool controls, supercomputer and fab end-use rules, limits on US persons", "chips", "widened_yard", "true", "", "bis-20221007-advanced-computing-rule", "", "Also covers equipment and tightened terms for 28 listed Chinese entities."),
 ("US-10", "2022-12-15", "2022-12-16", "US", "BIS (Commerce)", "36 entities listed, YMTC among them; 21 AI-chip entities such as Cambricon brought under a foreign-direct-product rule", "entity_list", "raised_fence", "", "35", "fr-20221219-entity-list-ymtc", "", "35 in China plus a Japanese unit of YMTC."),
 ("US-11", "2023-03", "2023-03-06", "US", "BIS (Commerce)", "37 entities listed, 28 of them in China (Inspur group among them)", "entity_list", "raised_fence", "", "28", "fr-20230306-entity-list-28-china", "", "Announcement day (2 March, US time) is inferred from a Chinese report; kept to the month."),
 ("US-12", "2023-08-09", "", "US", "White House / Treasury", "Executive order setting up a programme to bar or screen US investment in Chinese chips, quantum and AI", "investment", "widened_yard", "", "", "treasury-outbound-investment-program", "", "Investment, not exports: a new kind of fence post."),
 ("US-13", "2023-10-11", "2023-10-11", "US", "BIS (Commerce)", "49 entities listed, 42 of them under China, mostly for supplying Russia", "entity_list", "raised_fence", "", "42", "fr-20231011-entity-list-42-china", "", "Date is the Federal Register publication."),
 ("US-14", "2023-10-17", "2023-11-17", "US", "BIS (Commerce)", "October 2023 update: new chip thresholds, more equipment, licences extended to more countries", "chips", "widened_yard", "true", "", "bis-20231017-strengthens-restrictions", "", ""),
 ("US-15", "2023-10-17", "2023-10-19", "US", "BIS (Commerce)", "13 Chinese entities (two AI-chip developers and affiliates) listed", "entity_list", "raised_fence", "", "13", "fr-20231019-entity-list-13-china", "", ""),
 ("US-16", "2023-10-17", "", "US", "BIS (Commerce)", "US rules reach some ASML mid-critical DUV immersion tools bound for a few advanced Chinese fabs", "equipment", "widened_yard", "", "", "asiantechpress-2024-asml-licence-revoked", "", ""),
 ("US-17", "2024-04-04", "2024-04-04", "US", "BIS (Commerce)", "Clarifying rule on the October 2023 controls (e.g. parts for Chinese-made tools need a licence)", "chips", "raised_fence", "", "", "bis-20240404-clarifications", "", ""),
 ("US-18", "2024-05-09", "2024-05-14", "US", "BIS (Commerce)", "37 Chinese entities listed (quantum, high-altitude balloons, Russia support)", "entity_list", "raised_fence", "", "37", "bis-20240509-37-prc-entities", "fr-20240514-entity-list-37-china", "Announced by BIS on 9 May 2024; printed in the Federal Register on 14 May (the research notes gave the printing date as the announcement)."),
 ("US-19", "2024-10-28", "2025-01-02", "US", "Treasury", "Final outbound-investment rule: bans or notifications for US investment in Chinese chips, quantum and AI", "investment", "raised_fence", "", "", "treasury-outbound-investment-program", "", ""),
 ("US-20", "2024-12-02", "2024-12-02", "US", "BIS (Commerce)", "December 2024 package: high-bandwidth memory controls, 24 more tool types and 3 software tools, two new foreign-direct-product rules", "equipment", "widened_yard", "true", "", "thompsonhine-202412-bis-strengthen", "hklaw-202412-us-strengthens-controls", ""),
 ("US-21", "2024-12-02", "2024-12-02", "US", "BIS (Commerce)", "140 entities added and 14 modified (fabs, toolmakers, investors)", "entity_list", "raised_fence", "", "", "hklaw-202412-us-strengthens-controls", "brecorder-20241203-reuters-ga-ge-sb-ban", "Mostly Chinese but also Japan, South Korea, Singapore: China-only count not found."),
 ("US-22", "2025-01-13", "2025-01-13", "US", "BIS (Commerce)", "AI Diffusion rule: worldwide licences for advanced chips, a control on closed model weights, three country tiers", "ai_model", "widened_yard", "true", "", "fr-20250115-ai-diffusion", "", ""),
 ("US-23", "2025-01-15", "2025-01-16", "US", "BIS (Commerce)", "Foundry due-diligence rule: chips at 16/14 nm or below presumed controlled unless made through approved designers and packagers", "chips", "raised_fence", "", "", "fr-20250116-foundry-due-diligence", "", ""),
 ("US-24", "2025-01-16", "2025-01-16", "US", "BIS (Commerce)", "Two listing rules adding 25 Chinese entities (14 + 11)", "entity_list", "raised_fence", "", "25", "fr-20250116-entity-list-25-china", "", "Date is the Federal Register publication."),
 ("US-25", "2025-03-25", "2025-03-25", "US", "BIS (Commerce)", "82 entities added in two rules, 53 under China (first listings of Trump's second term)", "entity_list", "raised_fence", "", "53", "fr-20250328-entity-list-53-china", "", "Some press reports say 80."),
 ("US-26", "2025-04-15", "2025-04-09", "US", "BIS (Commerce)", "Licence now required to sell Nvidia's H20 (and chips like it) to China", "chips", "widened_yard", "", "", "nvidia-20250409-8k-h20", "", "Nvidia was told on 9 April and disclosed it on 15 April."),
 ("US-27", "2025-05-13", "2025-05-13", "US", "BIS (Commerce)", "AI Diffusion rule rescinded before its compliance date", "ai_model", "relaxation", "", "", "alston-202505-rescinds-ai-diffusion", "", ""),
 ("US-28", "2025-05-13", "2025-05-13", "US", "BIS (Commerce)", "Guidance: using Chinese advanced chips such as Huawei's Ascend risks breaking US rules", "chips", "raised_fence", "", "", "akin-202505-ascend-guidance", "", ""),
 ("US-29", "2025-05-23", "2025-05-23", "US", "BIS (Commerce)", "Letters require licences for chip-design software (EDA) sales to China", "software", "widened_yard", "", "", "kirkland-202506-eda-letters", "", ""),
 ("US-30", "2025-07-02", "2025-07-02", "US", "BIS (Commerce)", "EDA licence requirements lifted", "software", "relaxation", "", "", "edgarindex-20250705-eda-lifted", "", ""),
 ("US-31", "2025-07-14", "", "US", "Commerce / White House", "Nvidia says the US will grant H20 licences; sales to resume", "chips", "relaxation", "", "", "cnn-20250715-nvidia-resume-h20", "", ""),
 ("US-32", "2025-08", "", "US", "Commerce / White House", "Reported deal: the US government to take 15% of licensed H20 China revenue", "chips", "relaxation", "", "", "todayheadline-202508-nvidia-15pct", "", "Sources disagree on July or August; no rule codified it."),
 ("US-33", "2025-08-29", "2025-12-31", "US", "BIS (Commerce)", "Validated end-user status withdrawn from Samsung, SK hynix and Intel/SK hynix fabs in China", "equipment", "raised_fence", "", "", "govinfo-20250902-veu-revocation", "", ""),
 ("US-34", "2025-09-12", "2025-09-16", "US", "BIS (Commerce)", "32 entities added, 23 under China (Fudan Microelectronics group among them)", "entity_list", "raised_fence", "", "23", "fr-20250916-entity-list-23-china", "", ""),
 ("US-35", "2025-09-29", "2025-09-29", "US", "BIS (Commerce)", "Affiliates rule: firms 50% or more owned by listed parties are restricted automatically", "entity_list", "raised_fence", "", "", "fedreg-mirror-20250930-affiliates-rule", "", "Number of Chinese affiliates captured unknown."),
 ("US-36", "2025-10-09", "2025-10-09", "US", "BIS (Commerce)", "26 entities added, 19 under China", "entity_list", "raised_fence", "", "19", "fr-20251009-entity-list-19-china", "", "Date is the Federal Register publication."),
 ("US-37", "2025-11-01", "2025-11-10", "US", "BIS (Commerce) / White House", "Affiliates rule suspended for one year under the Busan truce", "entity_list", "relaxation", "", "", "fr-20251112-affiliates-suspension", "kelleydrye-20251106-affiliates-suspension", "White House fact sheet 1 November (the Treasury Secretary previewed it on 30 October, not re-checked); BIS rule effective 10 November, printed 12 November 2025; runs to 9 November 2026."),
 ("US-38", "2025-12-08", "", "US", "White House / Commerce", "Nvidia H200 sales to vetted Chinese buyers allowed, with 25% to the US government", "chips", "relaxation", "", "", "asianfin-202512-h200-approval", "", ""),
 ("US-39", "2026-01-13", "2026-01-15", "US", "BIS (Commerce)", "H200-class chips to China moved from presumption of denial to case-by-case review, with conditions", "chips", "relaxation", "", "", "fr-20260115-license-review-policy", "", ""),
 ("AL-01", "2019", "", "Netherlands", "Dutch government", "ASML's EUV scanners kept out of China (licence not granted)", "equipment", "raised_fence", "", "", "ap-20230630-dutch-rules-september", "", "Only the year is sourced; no legal instrument found."),
 ("AL-02", "2023-05-23", "2023-07-23", "Japan", "METI", "23 kinds of chipmaking equipment put under licence", "equipment", "widened_yard", "", "", "japantimes-20230723-chip-curbs-begin", "", "Country-neutral wording; 42 friendly destinations exempt."),
 ("AL-03", "2023-06-30", "2023-09-01", "Netherlands", "Ministry of Foreign Affairs", "National licence for advanced chipmaking tools (immersion DUV lithography, some deposition)", "equipment", "widened_yard", "", "", "mayerbrown-202307-dutch-rules", "ap-20230630-dutch-rules-september", ""),
 ("AL-04", "2024-01-01", "2024-01-01", "Netherlands", "Dutch government", "ASML's licence for NXT:2050i/2100i shipments to China partly revoked", "equipment", "raised_fence", "", "", "asiafinancial-202401-dutch-block-asml", "", ""),
 ("AL-05", "2024-09-06", "2024-09-07", "Netherlands", "Ministry of Foreign Trade", "Dutch licence extended to more DUV tools (NXT:1970i/1980i)", "equipment", "widened_yard", "", "", "siliconsemi-202409-dutch-expand", "", ""),
 ("AL-06", "2025-01-15", "2025-04-01", "Netherlands", "Ministry of Foreign Affairs", "Dutch licence extended to some metrology and inspection tools", "equipment", "widened_yard", "", "", "afp-20250115-dutch-tighten", "", ""),
 ("AL-07", "2025-09-30", "2025-09-30", "Netherlands", "Ministry of Economic Affairs", "Order under the Goods Availability Act lets the minister block decisions at Chinese-owned Nexperia", "investment", "raised_fence", "", "", "govnl-20251106-wbg-update", "", "An investment-security step, not an export control; made public 12 October 2025."),
 ("AL-08", "2025-11-19", "2025-11-19", "Netherlands", "Ministry of Economic Affairs", "Nexperia order suspended after Chinese supply resumed", "investment", "relaxation", "", "", "evertiq-20251119-nexperia-lifted", "", ""),
 ("CN-01", "2019-05-31", "", "China", "MOFCOM", "Unreliable Entity List announced (no rules or names yet)", "sanctions_law", "retaliation", "", "", "davispolk-2023-uel-two-companies", "", ""),
 ("CN-02", "2020-09-19", "2020-09-19", "China", "MOFCOM", "Rules for the Unreliable Entity List issued (list empty at launch)", "sanctions_law", "retaliation", "", "", "mofcom-202009-uel-provisions", "", ""),
 ("CN-03", "2020-10-17", "2020-12-01", "China", "NPC Standing Committee", "Export Control Law adopted, with a reciprocity clause", "sanctions_law", "retaliation", "", "", "diacron-202010-export-control-law", "", ""),
 ("CN-04", "2021-06-10", "2021-06-10", "China", "NPC Standing Committee", "Anti-Foreign Sanctions Law adopted and in force", "sanctions_law", "retaliation", "", "", "willkie-20210614-afsl", "", ""),
 ("CN-05", "2023-02-16", "2023-02-16", "China", "MOFCOM", "First Unreliable Entity List names: Lockheed Martin and Raytheon Missiles & Defense", "sanctions_law", "retaliation", "", "", "scio-20230217-uel-lockheed-raytheon", "", "Over Taiwan arms sales."),
 ("CN-06", "2023-05-21", "2023-05-21", "China", "CAC", "Micron fails a cybersecurity review; key infrastructure operators told to stop buying", "cybersecurity", "retaliation", "", "", "technode-20230522-micron-ban", "", ""),
 ("CN-07", "2023-07-03", "2023-08-01", "China", "MOFCOM & GAC", "Licences required to export gallium and germanium items", "minerals", "retaliation", "", "", "cjo-2023-gallium-germanium", "cna-20230704-gallium-germanium-factbox", ""),
 ("CN-08", "2023-10-20", "2023-12-01", "China", "MOFCOM & GAC", "Permits required to export some high-grade synthetic and natural flake graphite", "minerals", "retaliation", "", "", "scio-20231020-graphite-controls", "technode-20231023-graphite;reuters-20231020-graphite-permits", ""),
 ("CN-09", "2023-12-21", "2023-12-21", "China", "MOFCOM", "Rare-earth magnet-making technology added to the export-ban catalogue", "minerals", "retaliation", "", "", "nasdaq-202312-reuters-re-tech-ban", "thehindu-202312-reuters-re-tech-ban", "Extraction and separation technology was already banned (Reuters correction)."),
 ("CN-10", "2024-08-15", "2024-09-15", "China", "MOFCOM & GAC", "Antimony items and superhard materials put under licence", "minerals", "retaliation", "", "", "dailymail-202408-reuters-antimony", "cnbc-202408-antimony-turmoil", "The ministry said no country was targeted."),
 ("CN-11", "2024-10", "2024-10", "China", "Ministry of Foreign Affairs", "Anti-Foreign Sanctions Law countermeasures on Skydio and other US defence firms over Taiwan arms sales; Skydio's battery supply cut", "sanctions_law", "retaliation", "", "", "sinodaily-20241031-afp-skydio", "meduza-20241031-skydio-batteries;shafaq-202410-skydio-battery-shortage", "Day conflicts: 11 October (FT via Meduza) vs 10 October (Shafaq), so kept to the month. Not an Unreliable Entity List listing (that came in April 2025, CN-20)."),
 ("CN-12", "2024-10", "2024-12-01", "China", "State Council", "Regulations on export control of dual-use items, with a control list for foreign end users", "sanctions_law", "retaliation", "", "", "shine-202410-dual-use-regulations", "", "Signing day not verified."),
 ("CN-13", "2024-12-03", "2024-12-03", "China", "MOFCOM", "Gallium, germanium, antimony and superhard-material exports to the US banned in principle; stricter review for graphite", "minerals", "retaliation", "", "", "brecorder-20241203-reuters-ga-ge-sb-ban", "ajc-20241203-ap-gallium-ban", "Announcement No. 46 of 2024; the first US-specific ban."),
 ("CN-14", "2024-12-09", "2024-12-09", "China", "SAMR", "Anti-monopoly probe of Nvidia over the conditions on its Mellanox deal", "antitrust", "retaliation", "", "", "redplanx-20241209-samr-nvidia", "jdsupra-2025-samr-nvidia-procedure", ""),
 ("CN-15", "2025-01-02", "2025-01-02", "China", "MOFCOM", "28 US defence firms barred from Chinese dual-use items (first use of the control list); 10 also on the Unreliable Entity List", "sanctions_law", "retaliation", "", "", "geopolitechs-202501-export-control-list", "", ""),
 ("CN-16", "2025-02-04", "2025-02-04", "China", "MOFCOM & GAC", "Export controls on tungsten, tellurium, bismuth, molybdenum and indium items", "minerals", "retaliation", "", "", "worldtodaynews-202502-tungsten", "", "Same day as China's tariff retaliation."),
 ("CN-17", "2025-02-04", "2025-02-04", "China", "MOFCOM / SAMR", "PVH and Illumina put on the Unreliable Entity List; Google probe opened", "sanctions_law", "retaliation", "", "", "newrepublic-202502-china-countermeasures", "", ""),
 ("CN-18", "2025-03-04", "2025-03-04", "China", "MOFCOM", "15 US entities put on the export control list and 10 on the Unreliable Entity List", "sanctions_law", "retaliation", "", "", "evrimagaci-202503-15-entities", "", "Single source."),
 ("CN-19", "2025-04-04", "2025-04-04", "China", "MOFCOM & GAC", "Licences required for seven medium and heavy rare earths (Sm, Gd, Tb, Dy, Lu, Sc, Y)", "minerals", "retaliation", "", "", "hklaw-20250404-re-controls", "", "A licence requirement, not a ban, but deliveries slowed."),
 ("CN-20", "2025-04-04", "2025-04-04", "China", "MOFCOM", "11 US firms, Skydio and BRINC among them, put on the Unreliable Entity List; 16 on the export control list", "sanctions_law", "retaliation", "", "", "globaltimes-20250404-uel-11", "people-20250406-xinhua-uel-11", ""),
 ("CN-21", "2025-07-31", "2025-07-31", "China", "CAC", "Nvidia summoned over alleged tracking and backdoor risks in the H20", "cybersecurity", "retaliation", "", "", "trtworld-202507-nvidia-summoned", "", ""),
 ("CN-22", "2025-09-13", "2025-09-13", "China", "MOFCOM", "Anti-dumping probe into US analog chips, plus an anti-discrimination probe of US chip measures", "trade_remedy", "retaliation", "", "", "globaltimes-202509-analog-antidumping", "", ""),
 ("CN-23", "2025-09-15", "2025-09-15", "China", "SAMR", "Preliminary finding that Nvidia broke the Anti-Monopoly Law and its Mellanox conditions", "antitrust", "retaliation", "", "", "jurist-202509-nvidia-preliminary", "jdsupra-2025-samr-nvidia-procedure", ""),
 ("CN-24", "2025-10-04", "2025-10-04", "China", "MOFCOM", "Exports from Nexperia's Chinese plants blocked after the Dutch order", "supply_cut", "retaliation", "", "", "evertiq-20251107-nexperia-reinstated", "", ""),
 ("CN-25", "2025-10-09", "2025-12-01", "China", "MOFCOM", "Extraterritorial rare-earth rule: licences for foreign-made items with 0.1% or more Chinese rare-earth content or made with Chinese rare-earth technology", "minerals", "retaliation", "", "", "sscollege-2025-mofcom-61", "", "Suspended on 7 November 2025 (CN-27)."),
 ("CN-26", "2025-10-09", "2025-11-08", "China", "MOFCOM & GAC", "Controls on superhard materials, rare-earth equipment, five more rare earths, lithium batteries and graphite anodes", "minerals", "retaliation", "", "", "people-20251010-xinhua-re-controls", "", "Suspended on 7 November 2025 (CN-27)."),
 ("CN-27", "2025-11-07", "2025-11-07", "China", "MOFCOM & GAC", "The October 2025 rare-earth and related controls suspended to 10 November 2026", "minerals", "relaxation", "", "", "chemradar-202511-announcement-70", "", "Part of the Busan truce."),
 ("CN-28", "2025-11-09", "2025-11-09", "China", "MOFCOM", "The US-specific clause of the December 2024 ban (gallium, germanium, antimony, superhard materials) suspended to 27 November 2026", "minerals", "relaxation", "", "", "businesstimes-20251109-china-suspends-ban", "myglobalnews-202511-cgtn-eases;pakistantoday-20251109-xinhua-suspends", "Announced on Sunday 9 November 2025, effective that day. The ban on dual-use exports to US military users stays."),
]
EV_FIELDS = ["event_id", "announced_date", "effective_date", "actor", "agency", "measure", "category", "effect",
             "also_raised_fence", "chinese_entities_added", "source_id", "corroborating_source_ids", "note"]
with (DATA / "control_events.csv").open("w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(EV_FIELDS)
    for e in E:
        row = list(e)
        row[8] = row[8] or "false"
        row[10], row[11] = rm(row[10]), rm(row[11])
        w.writerow(row)

# ------------------------------------------------------------------ IC imports
IC = [
 (2018, "312.1", "417.6", "c114-2019-ic-imports-2018", "", "CSIA vice-chair's figures, not a customs table."),
 (2019, "305.55", "", "fonow-2020-ic-imports-2019", "", "Unit count not found (volume reported up about 6.6%)."),
 (2020, "350.06", "543.5", "chinanews-jp-ic-imports-2020", "antiempire-2021-ic-imports-2020;eneltec-2021-china-ic-imports-2020", "Value from China Customs (via Chinanews.jp; another relay gives USD 350.04 bn); units from the NBS communique and customs. The NBS puts the value at RMB 2.4 tn, about USD 371 bn by one site's conversion: a conflict of basis."),
 (2021, "", "635.6", "bloomberg-20230113-ic-imports-fell", "", "2021 value not found in any source read; not back-computed."),
 (2022, "415.6", "538.4", "scmp-20230113-ic-imports-2022", "bloomberg-20230113-ic-imports-fell", "First fall in volume since at least 2004."),
 (2023, "349.4", "479.5", "scmp-20240112-chip-imports-2023", "", "Weak electronics demand as well as controls."),
 (2024, "385", "549.2", "scmp-20250113-chip-imports-2024", "", "Attributed partly to stockpiling before new US curbs."),
]
with (DATA / "china_ic_imports.csv").open("w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["year", "imports_value_usd_bn", "imports_quantity_bn_units", "source_id", "corroborating_source_ids", "note"])
    w.writerows([(a, b, c, rm(d), rm(e_), g) for a, b, c, d, e_, g in IC])

# ------------------------------------------------------------------ entity list counts
EL = [
 ("EL-01", "stock_all_countries", "", "2020-05", "1300", "approximate", "entries", "wirechina-20200531-entity-list", "", "Close to 1,300 entries, almost half in Russia or China (incl. Hong Kong)."),
 ("EL-02", "added_china", "2017-01", "2021-01", "259", "exact", "persons", "cnas-20241023-trump-biden-numbers", "", "Chinese entities and individuals added under Trump's first term."),
 ("EL-08", "added_china", "2021-01", "2024-05-09", "355", "exact", "entries", "bis-20240509-37-prc-entities", "", "BIS's own count of PRC entries added under the Biden administration, as of 9 May 2024; counts entries, not persons (compare EL-05)."),
 ("EL-03", "stock_china", "", "2023-02-28", "639", "exact", "entities", "gaopeng-2023-entity-list-639", "", "Chinese law firm citing US Commerce data."),
 ("EL-04", "stock_china", "", "2023-03", "603", "exact", "persons", "cnas-20230302-sanctions-by-numbers", "", "Entities and individuals listed under China; counting method differs from EL-03."),
 ("EL-05", "added_china", "2021-01", "2024-08-30", "412", "exact", "persons", "cnas-20241023-trump-biden-numbers", "", "Added under Biden to 30 August 2024; excludes the December 2024 and January 2025 rounds."),
 ("EL-06", "stock_china", "", "2025-09", "1000", "lower_bound", "entities", "worldports-202509-over-1000", "", "'More than a thousand' Chinese companies; not an official tally."),
 ("EL-07", "stock_all_countries", "", "2025-09", "3400", "lower_bound", "entities", "kharon-2025-entity-list-brief", "", "More than 3,400 entities."),
]
with (DATA / "entity_list_counts.csv").open("w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["count_id", "measure", "period_start", "as_of", "count", "count_kind", "unit", "source_id", "corroborating_source_ids", "note"])
    w.writerows([r[:7] + (rm(r[7]), rm(r[8]), r[9]) for r in EL])

# ------------------------------------------------------------------ minerals
MS = [
 ("MS-01", "gallium", "primary_production", "98", "2022", "USGS", "brecorder-2023-reuters-home-gallium", "miragenews-202412-conversation-ga-ge", "Low-grade primary gallium, the feedstock of the chain."),
 ("MS-02", "gallium", "production", "80", "2023", "Critical Raw Materials Alliance", "cna-20230704-gallium-germanium-factbox", "", "'Around 80%'; reference year not stated (publication year used)."),
 ("MS-03", "germanium", "production", "60", "2023", "Critical Raw Materials Alliance", "cna-20230704-gallium-germanium-factbox", "brecorder-2023-reuters-home-gallium", "'Around 60%'; reference year not stated (publication year used)."),
 ("MS-04", "germanium", "primary_production", "91", "2024", "not stated", "miragenews-202412-conversation-ga-ge", "", "Reference year not stated (publication year used); conflicts with the CRMA's 60% (different measure or year)."),
 ("MS-05", "antimony", "mining", "48", "2023", "USGS", "cnbc-202408-antimony-turmoil", "", ""),
 ("MS-06", "antimony", "mining", "56", "2023", "EU study (2023)", "afr-20240816-antimony", "", "Reference year of the EU figure not stated (study year used)."),
 ("MS-07", "graphite", "production", "65", "2022", "USGS (estimate)", "technode-20231023-graphite", "", "An estimate."),
 ("MS-08", "graphite", "production", "67", "2022", "USGS", "reuters-20231020-graphite-permits", "bestmag-202310-graphite-permits", "Reuters' figure; the year is not stated (assumed the latest USGS year, 2022, as in MS-07)."),
 ("MS-09", "graphite", "refining", "90", "2023", "Reuters", "bestmag-202310-graphite-permits", "", "'More than 90%' refined into battery material; a lower bound."),
 ("MS-10", "rare earths", "mining", "70", "2024", "Benchmark Mineral Intelligence / USGS", "benchmark-2025-30-years-rare-earths", "nai500-202503-usgs-rare-earths-2024", "USGS tonnage: China 270,000 t of 390,000 t."),
 ("MS-11", "rare earths", "mining", "61", "2025", "IEA", "automotiveworld-20250619-iea-rare-earths", "", "Reference year not stated (publication year used); conflicts with MS-10."),
 ("MS-12", "rare earths", "refining", "90", "2023", "Reuters", "thehindu-202312-reuters-re-tech-ban", "", "'Nearly 90%' of refined output."),
 ("MS-13", "rare earths", "refining", "92", "2025", "IEA", "automotiveworld-20250619-iea-rare-earths", "", "'Processing'; reference year not stated."),
 ("MS-14", "rare earths", "separation", "91", "2025", "IEA", "rareearthexchanges-202510-iea", "", "Summary of IEA commentary, October 2025."),
 ("MS-15", "rare-earth magnets", "manufacturing", "94", "2025", "IEA", "rareearthexchanges-202510-iea", "", "Permanent magnets."),
]
with (DATA / "mineral_world_share.csv").open("w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["share_id", "mineral", "measure", "china_share_pct", "year", "estimate_by", "source_id", "corroborating_source_ids", "note"])
    w.writerows([r[:6] + (rm(r[6]), rm(r[7]), r[8]) for r in MS])

# ------------------------------------------------------------------ phrase attributions
PA = [
 ("PA-01", "Robert Gates (US Defense Secretary)", "2010-04-20", "precursor_idea", "the project's research notes", "fas-20100420-gates-export-reform", "", "unverified", "The speech argues for tighter controls on fewer items; the phrase itself was not seen in the transcript excerpt."),
 ("PA-02", "Obama administration", "", "coined", "a Medill student reporter", "medill-202410-sullivan-brookings", "", "reported", "Calls the metaphor an 'Obama administration trope'; gives no date or text."),
 ("PA-03", "Samm Sacks (then at New America)", "2018-10", "coined", "ANBOUND (Chinese think tank)", "anbound-2023-small-yard-high-fence", "", "unverified", "The original 2018 text was not retrieved; a Chinese blog places Sacks at CNAS instead."),
 ("PA-04", "Jake Sullivan (US National Security Adviser)", "2024-10", "used", "Medill on the Hill", "medill-202410-sullivan-brookings", "", "reported", "Quoted at Brookings: the fence is high and the yard small."),
 ("PA-05", "Biden administration", "2024-12-31", "used", "Geoffrey Gertz (CNAS)", "cnas-20241231-gertz-goodbye", "", "reported", "Says the administration turned to the metaphor repeatedly, including for the 2 December 2024 package."),
 ("PA-06", "US approach in general", "2025-01-30", "used", "Diana Choyleva (Enodo Economics)", "cna-20250130-choyleva-backfiring", "", "reported", "The commentary says the approach began as 'small yard, high fence' and has grown."),
]
with (DATA / "phrase_attributions.csv").open("w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["attribution_id", "attributed_to", "date_of_use", "role", "attributed_by", "source_id", "corroborating_source_ids", "status", "note"])
    w.writerows([r[:5] + (rm(r[5]), rm(r[6])) + r[7:] for r in PA])

# ------------------------------------------------------------------ descriptors
PAT = "\\d{4}(-\\d{2}(-\\d{2})?)?"
SRC_FK = [{"fields": "source_id", "reference": {"resource": "sources", "fields": "id"}}]


def f(name, typ, desc, **cons):
    d = {"name": name, "type": typ, "description": desc}
    unit = cons.pop("unit", None)
    if unit:
        d["unit"] = unit
    if cons:
        d["constraints"] = cons
    return d


def src_fields():
    return [f("source_id", "string", "The source of this row: an id in sources.csv.", required=True),
            f("corroborating_source_ids", "string", "Other sources that support the row, ids separated by ';'.")]


def res(name, title, desc, fields, key):
    return {"name": name, "path": f"{name}.csv", "title": title, "description": desc, "format": "csv",
            "encoding": "utf-8", "schema": {"fields": fields, "primaryKey": key, "foreignKeys": SRC_FK}}


resources = [
 res("control_events", "Technology control events, US, allies and China, 2019-2026",
     "One row per measure: US export controls and listings, allied (Dutch, Japanese) measures, China's countermeasures, and the relaxations of 2025-2026. Dates are ISO strings at the precision the sources give (YYYY, YYYY-MM or YYYY-MM-DD); never a guessed day. The 'effect' is our classification of what the measure did to the 'yard' (range of technologies controlled) or the 'fence' (strictness, or parties restricted).",
     [f("event_id", "string", "Stable id: US-nn, AL-nn (allies) or CN-nn.", required=True, unique=True),
      f("announced_date", "string", "Date announced (ISO 8601 at the precision known).", required=True, pattern=PAT),
      f("effective_date", "string", "Date in force (ISO 8601 at the precision known); empty if not verified.", pattern=PAT),
      f("actor", "string", "Government taking the step.", required=True, enum=["US", "Netherlands", "Japan", "China"]),
      f("agency", "string", "Body acting.", required=True),
      f("measure", "string", "What the measure did, in our words.", required=True),
      f("category", "string", "Kind of measure.", required=True, enum=["entity_list", "chips", "equipment", "ai_model", "software", "investment", "minerals", "sanctions_law", "antitrust", "cybersecurity", "trade_remedy", "supply_cut"]),
      f("effect", "string", "Our classification: widened_yard (new technologies or kinds of item controlled), raised_fence (stricter terms or more parties for what is already controlled), retaliation (a Chinese countermeasure), relaxation (a rule rescinded, suspended or loosened).", required=True, enum=["widened_yard", "raised_fence", "retaliation", "relaxation"]),
      f("also_raised_fence", "boolean", "true for packages classed widened_yard that also tightened terms for existing items or parties.", required=True),
      f("chinese_entities_added", "integer", "Chinese parties added, where a source gives the China-only count; empty if unknown.", unit="entities", minimum=0),
      *src_fields(),
      f("note", "string", "Context, date conflicts and caveats, in our words.")],
     ["event_id"]),
 res("china_ic_imports", "China's imports of integrated circuits by year",
     "Value and number of integrated circuits China imported, by year, as reported from China Customs (or, where stated, the CSIA or the NBS). 2021 value and 2019 units were not found.",
     [f("year", "year", "Calendar year.", required=True, unique=True),
      f("imports_value_usd_bn", "number", "Value of IC imports.", unit="USD bn", minimum=0),
      f("imports_quantity_bn_units", "number", "Number of ICs imported.", unit="bn units", minimum=0),
      *src_fields(),
      f("note", "string", "Basis and caveats.")],
     ["year"]),
 res("entity_list_counts", "Counts of parties on the US Entity List",
     "The few counts the sources give. No clean yearly count of Chinese parties on the Entity List exists in the sources read: these are stocks at scattered dates and totals per administration, counted in different ways (entities vs persons, with or without Hong Kong).",
     [f("count_id", "string", "Stable id.", required=True, unique=True),
      f("measure", "string", "stock_china (listed under China at a date), stock_all_countries, added_china (added in a period).", required=True, enum=["stock_china", "stock_all_countries", "added_china"]),
      f("period_start", "string", "Start of the period for 'added' counts.", pattern=PAT),
      f("as_of", "string", "Date of the stock, or end of the period.", required=True, pattern=PAT),
      f("count", "integer", "The count the source gives.", required=True, minimum=0),
      f("count_kind", "string", "exact, approximate, or lower_bound ('more than').", required=True, enum=["exact", "approximate", "lower_bound"]),
      f("unit", "string", "What is counted.", required=True, enum=["entities", "persons", "entries"]),
      *src_fields(),
      f("note", "string", "Counting method and caveats.")],
     ["count_id"]),
 res("mineral_world_share", "China's share of world output of the minerals it restricted",
     "China's share of world output, by mineral and by stage (mining, refining, primary production...). Sources disagree; each figure is kept with whose estimate it is.",
     [f("share_id", "string", "Stable id.", required=True, unique=True),
      f("mineral", "string", "Mineral or product.", required=True),
      f("measure", "string", "Stage of the chain measured; 'production' where the source does not say.", required=True, enum=["mining", "refining", "primary_production", "production", "separation", "manufacturing"]),
      f("china_share_pct", "number", "China's share of world output.", required=True, unit="%", minimum=0, maximum=100),
      f("year", "year", "Reference year; the publication year where the source does not state one (see note).", required=True),
      f("estimate_by", "string", "Whose figure it is.", required=True),
      *src_fields(),
      f("note", "string", "Caveats.")],
     ["share_id"]),
 res("phrase_attributions", "Who coined or used 'small yard, high fence'",
     "Competing attributions of the phrase in the sources read. The sources do not settle who coined it.",
     [f("attribution_id", "string", "Stable id.", required=True, unique=True),
      f("attributed_to", "string", "Person or body credited.", required=True),
      f("date_of_use", "string", "Date of the coinage or use, at the precision known.", pattern=PAT),
      f("role", "string", "coined, used, or precursor_idea.", required=True, enum=["coined", "used", "precursor_idea"]),
      f("attributed_by", "string", "Who makes the attribution.", required=True),
      *src_fields(),
      f("status", "string", "reported: we read the source making the attribution; unverified: the attribution could not be checked against the original.", required=True, enum=["reported", "unverified"]),
      f("note", "string", "Caveats.")],
     ["attribution_id"]),
]
(HERE / "resources.json").write_text(json.dumps(resources, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(source_rows), "sources;", len(E), "events")
