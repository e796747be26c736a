"""Writes the 02 data CSVs and the sources fragment (rows typed from the sources read)."""
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
D = ROOT / "data"

def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            assert len(r) == len(header), r
            w.writerow(r)

S = [  # id,title,publisher,author,date_published,url,type,note
("huawei-20230331-annual-report-2022","2022 Annual Report (web page): Five-Year Financial Highlights","Huawei","","2023-03-31","https://www.huawei.com/en/annual-report/2022","primary","Revenue and net profit 2018-2022 in CNY million (five-year table)."),
("huawei-20240329-annual-report-2023","2023 Annual Report (web page): Five-Year Financial Highlights","Huawei","","2024-03-29","https://www.huawei.com/en/annual-report/2023","primary","Revenue and net profit 2019-2023 in CNY million; 2023 revenue 704,174 and net profit 86,950."),
("huawei-20200331-annual-report-2019-highlights","2019 Annual Report: Five-Year Financial Highlights (hosted copy)","Huawei (via issuhub)","","2020-03-31","https://issuhub.com/view/index/29418?pageIndex=12","primary","Revenue and net profit 2015-2019 in CNY million, from a hosted copy of the report."),
("huawei-20200331-annual-report-2019-operations","2019 Annual Report: Results of Operations (hosted copy)","Huawei (via issuhub)","","2020-03-31","https://issuhub.com/view/index/29418?pageIndex=86","primary","R&D expenses 2018 and 2019 (101,509 and 131,659 CNY million) from the operating-expense table of a hosted copy."),
("amwalalghad-2016-huawei-2015-results","Huawei profits hit $60.8 billion in 2015","Amwal Al Ghad","","2016","https://en.amwalalghad.com/huawei-profits-hit-608-billion-in-2015/","secondary","Reprint of Huawei's 2015 results release: revenue by customer group (carrier 232.3, enterprise 27.6, consumer 129.1 CNY bn) as first reported."),
("convergedigest-201704-huawei-fy16","Huawei reports FY16 revenue of CNY 521.57 billion","Converge Digest","","2017-04","http://www.convergedigest.com/2017/04/huawei-reports-fy16-revenue-of-cny.html","secondary","2016 results with 2015 comparisons: R&D 59.61 (2015) and 76.39 (2016) CNY bn; 2016 customer groups."),
("telecomtimes-2018-huawei-fy17","Huawei posts solid business growth for FY17 amid 'non-stop innovation'","Telecom Times","","2018","https://telecomtimes.com.au/huawei-posts-solid-business-growth-for-fy17-on-path-to-non-stop-innovation/","secondary","Quotes Huawei's 2017 results release: R&D 89.7 CNY bn."),
("mobileworldlive-2018-huawei-2017","Huawei grows profit despite US woes","Mobile World Live","","2018","https://www.mobileworldlive.com/featured-content/home-banner/huawei-grows-profit-despite-us-woes/","secondary","2017 revenue by customer group: carrier 297.8, consumer 237.2, enterprise 54.9 CNY bn."),
("electronicsforu-2019-huawei-2018","Huawei posts bullish growth in the face of adversity: report","Electronics For You","","2019","https://ace.electronicsforu.com/buzz/finance/huawei-posts-bullish-growth-in-the-face-of-adversity-report/","secondary","2018 results: consumer business 348.9 CNY bn, R&D 14.1% of revenue."),
("computerweekly-2020-huawei-2019","Huawei extols 2019 as extraordinary year","Computer Weekly","","2020","https://www.computerweekly.com/news/252480902/Huawei-extols-2019-as-extraordinary-year","secondary","2019 carrier 296.7 and enterprise 89.7 CNY bn."),
("cgtn-20200331-huawei-2019","Huawei posts 19.1 pct rise in 2019 sales revenue","CGTN","","2020-03-31","https://news.cgtn.com/news/2020-03-31/Huawei-posts-19-1-pct-rise-in-2019-sales-revenue-PjmDZE5I8E/share_amp.html","secondary","2019 consumer business 467.3 CNY bn; 240 million phones shipped."),
("scmp-2021-huawei-2020-results","Huawei ekes out 3.8 per cent revenue growth for 2020 but overseas sales slump (SCMP via TheStreet)","South China Morning Post (via TheStreet)","","2021","https://www.thestreet.com/partner/huawei-ekes-out-3-8-per-cent-revenue-growth-for-2020-but-overseas-sales-slump-as-us-sanctions-pandemic-take-their-toll-15610468","secondary","2020 customer groups: carrier 302.6, consumer 482.9, enterprise 100.3 CNY bn."),
("guancha-20210331-huawei-2020-results","Huawei 2020 results (in Chinese)","Guancha (via outputnews)","","2021-03-31","https://hk.outputnews.com/2021/guancha/news_2021_03_31_585938","secondary","2020 R&D expense 141.893 CNY bn (1418.93 yi yuan)."),
("flanderschina-2022-huawei-2021-profit","Huawei announces profit growth of 76% last year","Flanders-China Chamber of Commerce","","2022-04","https://www.flanders-china.be/en/newsletter-archive/china-business-weekly-5-april-2022/huawei-announces-profit-growth-of-76-last-year","secondary","2021: revenue 636.8, net profit 113.7, consumer 243.4, R&D 142.7 CNY bn (22.4% of revenue)."),
("pocketnow-20220328-huawei-2021-honor","Huawei revenue report 2021","Pocketnow","","2022-03-28","https://pocketnow.com/huawei-revenue-report-2021","secondary","Huawei's record 2021 profit came mainly from the sale of Honor; revenue down 28.6%."),
("malaysianreserve-20220329-huawei-2021","Huawei records 76% growth in profit for 2021","The Malaysian Reserve","","2022-03-29","https://themalaysianreserve.com/2022/03/29/huawei-records-76-growth-in-profit-for-2021/","secondary","2021 net profit up 75.9% on the back of asset sales; carrier business 281.5 CNY bn."),
("equalocean-20220328-huawei-2021","Huawei 2021 annual report","EqualOcean","","2022-03-28","https://www.equalocean.com/news/2022032817200","secondary","2021 enterprise business 102.4 CNY bn and R&D 142.7 CNY bn."),
("hkcd-20230331-huawei-2022","Huawei 2022 annual report (in Chinese)","Hong Kong Commercial Daily","","2023-03-31","https://hkcd.com/hkcdweb/content/2023/03/31/content_1393566.html","secondary","2022: R&D 161.5 CNY bn; customer groups carrier 284.0, enterprise 133.2, consumer (device) 214.5 CNY bn."),
("dailytimes-20230401-huawei-2022","Huawei releases annual report: generates $92.37bn revenue in 2022","Daily Times","","2023-04-01","https://dailytimes.com.pk/1079388/huawei-releases-annual-report-generates-92-37bn-revenue-in-2022/","secondary","Relays Huawei's release: 2022 R&D 25.1% of revenue."),
("computerweekly-20240402-huawei-2023","Huawei hit the accelerator in 2023","Computer Weekly","","2024-04-02","https://www.computerweekly.com/news/366577673/Huawei-hit-the-accelerator-in-2023","secondary","2023 by business segment (ICT infrastructure 362.0, consumer 251.5, cloud 55.3, digital power 52.6, automotive 4.7 CNY bn); R&D 164.7 CNY bn (23.4%)."),
("flanderschina-2024-huawei-2023-profit","Huawei's 2023 profit more than doubles, as sales rebound","Flanders-China Chamber of Commerce","","2024","https://www.flanders-china.be/en/newsletterpublications/huaweis-2023-profit-more-than-doubles-as-sales-rebound","secondary","2023 net profit up 144.5%, partly from recurring gains on the sale of Honor and other assets."),
("mobileworldlive-2025-huawei-2024","Huawei profit dives; consumer sales continue climb","Mobile World Live","","2025-03-31","https://mobileworldlive.com/huawei/huawei-profit-dives-consumer-sales-continue-climb","secondary","2024: revenue 862.1, net profit 62.6 (down 28%, after a 2023 one-off gain from the Honor sale), R&D 179.7 CNY bn; segments; Q4 2024 China shipments 12.9 m, 17% share."),
("techcentral-20250331-huawei-2024-reuters","Huawei revenue grows at fastest rate in five years (Reuters)","TechCentral (Reuters)","","2025-03-31","https://techcentral.co.za/huawei-revenue-fastest-rate-in-five-years/261624/","secondary","Payments for Honor boosted profit in the years after the 2020 sale; 2024 automotive solutions 26.4 CNY bn, first profitable year."),
("scmp-20201117-huawei-sells-honor","Huawei sells Honor to ensure budget smartphone brand's survival amid US sanctions","South China Morning Post","","2020-11-17","https://www.scmp.com/tech/gear/article/3110117/huawei-sells-honor-ensure-budget-smartphone-brands-survival-amid-us","secondary","Sale of Honor to Shenzhen Zhixin New Information Technology announced 17 November 2020; Huawei keeps no shares."),
("taiwannews-2018-idc-q2-2018","IDC: Huawei passes Apple in Q2 2018 smartphone shipments","Taiwan News","","2018","https://www.taiwannews.com.tw/en/news/3496669","secondary","IDC: Huawei shipped 54.2 m smartphones worldwide in Q2 2018 (incl. Honor)."),
("robertgwilliams-2018-idc-q3-2018","IDC: smartphone shipments fall 6% to 355.2 million","Robert G Williams","","2018","https://robertgwilliams.com/idc-smartphone-shipments-fall-6-to-355-2-million","secondary","IDC Q3 2018: Huawei 52.0 m units, 14.6% share."),
("gadgetguy-2019-idc-2018","IDC: smartphone sales down 4.9% in 2018","GadgetGuy","","2019","https://www.gadgetguy.com.au/idc-smartphone-sales-down-4-9-in-2018/","secondary","IDC Q4 2018: Huawei 60.5 m units, 16.1% share."),
("scitech-20200503-idc-q1-2020","IDC: Huawei stays second top smartphone company in 1Q20","SciTech and Digital News","","2020-05-03","https://scitechanddigital.news/2020/05/03/idc-huawei-stays-second-top-smartphone-company-in-1q20/","secondary","IDC Q1 2020: Huawei 49.0 m units, 17.8% share; Q1 2019 base 59.1 m."),
("liliputing-202101-idc-q4-2020","IDC: Huawei smartphone shipments tank, but the market is up overall","Liliputing","","2021-01","https://liliputing.com/2021/01/idc-huawei-smartphone-shipments-tank-but-the-market-is-up-overall.html","secondary","IDC Q4 2020: Huawei 32.3 m units, 8.4%, down 42.4%; Q4 2019 56.2 m, 15.2%."),
("techprolonged-202101-idc-2020","Xiaomi, Apple and vivo saw positive yearly growth in 2020; Samsung and Huawei dropped (IDC)","TechProlonged","","2021-01","https://techprolonged.com/2021/01/xiaomi-apple-and-vivo-saw-positive-yearly-growth-in-2020-samsung-and-huawei-dropped/amp","secondary","IDC annual: Huawei 240.6 m (17.5%) in 2019 and 189.0 m (14.6%) in 2020."),
("canalys-2020-q2-2020-huawei-first","Canalys: Huawei overtakes Samsung as the world's largest smartphone vendor in Q2 2020","Canalys","","2020","https://www.canalys.com/newsroom/Canalys-huawei-samsung-worldwide-smartphone-market-q2-2020","primary","Canalys Q2 2020: Huawei 55.8 m units worldwide, first place; over 70% of its phones sold in mainland China."),
("malaysianwireless-201808-idc-china-q2-2018","Huawei smartphones beat Apple in ranking (IDC)","Malaysian Wireless","","2018-08","https://www.malaysianwireless.com/2018/08/huawei-smartphones-beats-apple-ranking/","secondary","IDC: Huawei's China share 27.0% in Q2 2018."),
("reuters-20190729-canalys-china-q2-2019","Huawei market share rises to 38% as China smartphone market declines: Canalys (Reuters)","Reuters (via Nasdaq)","","2019-07-29","https://www.nasdaq.com/article/huawei-market-share-rises-to-38-as-china-smartphone-market-declines-canalys-20190729-01114","secondary","Canalys Q2 2019 China: Huawei 37.3 m units, 38% share."),
("businessleague-2019-canalys-china-q3-2019","Huawei leads China smartphone market with 42% share: Canalys","Business League","","2019","https://businessleague.in/huawei-leads-china-smartphone-market-with-42-share-canalys-report","secondary","Canalys Q3 2019 China: Huawei 42% share, shipments up 66%."),
("phonearena-2020-canalys-china-2019","Huawei and Apple smartphone sales in China, Q4 2019 (Canalys)","PhoneArena","","2020","https://www.phonearena.com/news/huawei-apple-smartphone-sales-china-q4-2019_id121855","secondary","Canalys China: Huawei Q4 2019 33.3 m (39%); 2019 142 m (38.5%), up from 104.8 m in 2018."),
("mobileworldlive-2021-canalys-china-q4-2020","Huawei China smartphone shipments tumble (Canalys)","Mobile World Live","","2021","https://www.mobileworldlive.com/devices/news-devices/huawei-china-smartphone-shipments-tumble","secondary","Canalys Q4 2020 China: Huawei (incl. Honor) 18.8 m units, 22% share."),
("theregister-20220127-counterpoint-china-2021","China smartphone market 2021 (Counterpoint)","The Register","","2022-01-27","https://www.theregister.com/2022/01/27/china_smartphone_market_2021/","secondary","Counterpoint China sales share: Huawei 7% in Q4 2021 against 23% in Q4 2020."),
("counterpoint-2023-china-share-tracker","China Smartphone Market Share: Quarterly","Counterpoint Research","","2023","https://www.counterpointresearch.com/china-smartphone-share/","primary","Counterpoint's China tracker: Huawei 8.7% of Q4 2022 shipments."),
("isptoday-2023-counterpoint-q2-2023","Huawei disappoints fans and raises questions with Mate 60 Pro launch","ISP Today","","2023","https://isp.today/news/huawei-disappoints-fans-and-raises-questions-with-mate-60-pro-launch/265911/","secondary","Counterpoint: Huawei's China sales share 11.3% in Q2 2023, up from 6.9% a year earlier."),
("reuters-20231026-china-q3-2023-huawei","Huawei's China smartphone sales grow strongly on Mate 60 (Reuters via Yahoo Finance)","Reuters (via Yahoo Finance)","Yelin Mo; Brenda Goh","2023-10-26","https://finance.yahoo.com/news/china-smartphone-shipments-fall-5-002551785.html","secondary","Counterpoint: Huawei sixth in China in Q3 2023 with 12.9% of sales (9.1% a year earlier), sales up 37%; Canalys gives no share for Huawei."),
("phoneworld-2024-canalys-china-q4-2023","A tremendous comeback: Huawei returns to top 4 in China's smartphone market (Canalys)","PhoneWorld","","2024","https://www.phoneworld.com.pk/a-tremendous-comeback-huawei-returns-to-top-4-in-chinas-smartphone-market/","secondary","Canalys Q4 2023 China: Huawei fourth, shipments up 47% year on year."),
("menafn-2024-idc-china-q4-2023","Sanctioned Huawei moving from strength to strength (Asia Times)","Asia Times (via MENAFN)","","2024","https://menafn.com/1107835036/Sanctioned-Huawei-Moving-From-Strength-To-Strength","secondary","IDC Q4 2023 China: Huawei fourth with 13.9% share, shipments up 36%."),
("counterpoint-2024-china-q4-2023-listing","Counterpoint Research insights listing (smartphone coverage)","Counterpoint Research","","2024","https://counterpointresearch.com/page/4/?coverage=smartphone-360","primary","Counterpoint: Huawei's China sales up 71.1% in Q4 2023, credited to its own 5G Kirin chips."),
("patentlyapple-202404-counterpoint-q1-2024","A Counterpoint report on China's smartphone shipments for Q1 2024","Patently Apple","","2024-04","https://www.patentlyapple.com/2024/04/a-counterpoint-report-on-chinas-smartphone-shipments-for-calendar-q1-24-presents-an-extremely-tight-race-amongst-the-top-fiv.html","secondary","Counterpoint Q1 2024 China: Huawei 15.5% sales share, fourth, sales up 69.7%."),
("huaweicentral-2025-canalys-china-q4-2024","iPhone sales declined biggest ever in China while Huawei grew in 2024 (Canalys)","Huawei Central","","2025","https://www.huaweicentral.com/iphone-sales-declined-biggest-ever-in-china-while-huawei-grew-2024/","secondary","Canalys Q4 2024 China: Huawei 12.9 m units, 17%, up 24%."),
("gizchina-20250117-canalys-china-2024","Huawei and vivo surpass Apple in China's smartphone market in 2024 (Canalys)","Gizchina","","2025-01-17","https://gizchina.com/2025/01/17/huawei-and-vivo-surpass-apple-in-chinas-smartphone-market-in-2024","secondary","Canalys 2024 China: Huawei 46.0 m units, up 37%, second behind vivo."),
("btimes-20250331-huawei-2024-canalys","Huawei 2024 profit falls 28% despite revenue surge driven by smartphone comeback","Business Times","","2025-03-31","https://www.btimesonline.com/articles/173542/20250331/huawei-2024-profit-falls-28-despite-118-billion-revenue-surge-driven-by-smartphone-comeback.htm","secondary","Canalys via the report: Huawei's China share 16% in 2024, up from 12% in 2023."),
("phonearena-2025-canalys-china-2024","China 2024 smartphone market report: vivo first, Apple second (Canalys)","PhoneArena","","2025","https://www.phonearena.com/news/china-2024-smartphone-market-report-apple-second-vivo-first-vendor_id166692","secondary","Canalys: Huawei shipped 33.5 m smartphones in China in 2023."),
("shine-2025-canalys-china-q2-2025","Huawei back on top of China's smartphone market (Canalys)","Shanghai Daily (SHINE)","","2025","https://www.citynewsservice.cn/shine/7296be8c-04a3-4960-8e47-dd134f11140a","secondary","Canalys Q2 2025 China: Huawei first with 12.2 m units, up 15%."),
("silicon-2025-canalys-china-q2-2025","Huawei overtakes Apple in China (Canalys)","Silicon UK","","2025","https://www.silicon.co.uk/mobility/smartphones/huawei-apple-china-623489","secondary","Canalys: Huawei 18% of China shipments in Q2 2025, up from 15% a year earlier."),
("techerati-201901-kunpeng-920","Huawei expands data centre efforts with new CPU and servers","Techerati","","2019-01","https://www.techerati.com/news-hub/huawei-expands-data-centre-efforts-with-new-cpu-and-servers/","secondary","Kunpeng 920: 64 Arm-based cores made on TSMC 7 nm, launched 7 January 2019."),
("equalocean-20201023-mate-40-kirin-9000","Huawei launches Mate 40 series with Kirin 9000","EqualOcean","","2020-10-23","https://equalocean.com/news/2020102314992","secondary","Mate 40 and Kirin 9000 (TSMC 5 nm, 15.3 bn transistors) launched 22 October 2020."),
("reuters-2024-tsmc-die-910b","TechInsights finds TSMC-made die in Huawei Ascend 910B (Reuters via Prothom Alo)","Reuters (via Prothom Alo)","","2024","https://en.prothomalo.com/science-technology/mphae5ir4q","secondary","A TSMC-made die found in an Ascend 910B; TSMC says it has not supplied Huawei since mid-September 2020."),
("reuters-20230324-huawei-eda-14nm","China's Huawei makes breakthrough in design tools for 14nm chips and above: media (Reuters via Nasdaq)","Reuters (via Nasdaq)","","2023-03-24","https://www.nasdaq.com/articles/chinas-huawei-makes-breakthrough-in-design-tools-for-14nm-chips-and-above-media","secondary","Eric Xu (speech of 28 Feb 2023): Huawei and partners localised EDA tools for 14 nm and above, replacing 78 tools."),
("tomshardware-2023-smee-28nm-claim","Chinese company claims chip-making tool breakthrough, announces 28nm-capable litho tool","Tom's Hardware","","2023","https://www.tomshardware.com/tech-industry/chinese-company-claims-chip-making-tool-breakthrough-announces-28nm-capable-litho-tool","secondary","SMEE's claimed 28 nm-capable scanner; its shipping tools reach 90 nm; ASML has sold no EUV tools to China."),
("ibytenews-2025-cxmt-hbm","CXMT HBM progress (DigiTimes-based report)","iByteNews","","2025","https://ibytenews.com/?p=7583","secondary","CXMT makes HBM2 and has sampled HBM3 to Huawei; analysts put it 3-4 years behind the HBM leaders."),
("scmp-202410-harmonyos-next-beta","HarmonyOS NEXT public beta (SCMP text)","South China Morning Post (via NSN Asia)","","2024-10","https://nsn.asia/?p=37638","secondary","HarmonyOS NEXT public beta from 8 October 2024, with over 15,000 native apps and services."),
("krasia-2024-mate-70-harmonyos","Huawei's Mate 70 targets Apple with competitive pricing and new OS","KrASIA","","2024-11","https://amp.kr-asia.com/huaweis-mate-70-targets-apple-with-competitive-pricing-and-new-os","secondary","Mate 70 unveiled 26 Nov 2024; Richard Yu told Reuters buyers can choose HarmonyOS 4.3 (Android-compatible) or HarmonyOS NEXT 5.0; chip not disclosed."),
("reuters-20241126-mate-70-launch","Huawei launches Mate 70 smartphone as new US chip curbs loom (Reuters via The Hindu)","Reuters (via The Hindu)","","2024-11-26","https://www.thehindu.com/sci-tech/technology/huawei-launches-mate-70-smartphone-as-new-us-chip-curbs-loom/article68913371.ece","secondary","Mate 70 series launched in Shenzhen on 26 November 2024."),
("reuters-202411-mate-70-apps","Huawei launches Mate 70 smartphone as new US chip curbs loom (Reuters via The Frontier Post)","Reuters (via The Frontier Post)","","2024-11","https://thefrontierpost.com/huawei-launches-mate-70-smartphone-as-new-us-chip-curbs-loom/","secondary","Over 15,000 HarmonyOS native apps and services, with a target of 100,000."),
("yicai-2025-harmonyos-5-20m","Huawei devices running on HarmonyOS 5 top 20 million","Yicai Global","","2025","https://www.yicaiglobal.com/news/huawei-devices-running-on-harmonyos-5-top-20-million","secondary","Company figures: over 20 m HarmonyOS 5 devices and over 30,000 native apps by late September 2025."),
("reportify-2025-cann-open-source","Huawei open-sources CANN (summary)","Reportify","","2025","https://reportify.ai/news/1150239792156512256","secondary","CANN, Huawei's counterpart to Nvidia's CUDA, to be open-sourced (August 2025); its ecosystem is far smaller than CUDA's."),
("uniteddaily-2024-mate-70-domestic-claim","Huawei Mate 70 chips all domestically made, says consumer CEO (KuaiTech report)","United Daily (KuaiTech)","","2024","https://uniteddaily.my/en/1dfe3dac-cd59-48c4-b310-78628f5b1b8d","secondary","Company claim: He Gang says every chip in the Mate 70 series is domestically made; the report says the base Mate 70 uses a revised Kirin 9010 and the Pro/Pro+/RS the Kirin 9020."),
("scmp-20230829-mate-60-presale","Huawei surprises with presales of its latest Mate handset","South China Morning Post","","2023-08-29","https://www.scmp.com/tech/big-tech/article/3232713/huawei-surprises-presales-its-latest-mate-handset-it-seeks-revive-smartphone-unit-following-us","secondary","Mate 60 Pro put on pre-sale without a launch event on 29 August 2023."),
("theregister-20240429-pura-70-teardown","Teardown confirms Huawei's Pura 70 uses SMIC 7 nm chip","The Register","","2024-04-29","https://www.theregister.com/2024/04/29/teardown_confirms_huaweis_pura_70/","secondary","TechInsights: the Kirin 9010 in the Pura 70 Ultra is made on SMIC's N+2 process."),
("scmp-2024-kirin-9020-teardown","Huawei's new Mate 70 smartphone chip not a major redesign, teardown report finds","South China Morning Post","","2024-12","https://mcdn.i-scmp.com/tech/tech-trends/article/3290532/huaweis-new-mate-70-smartphone-chip-not-major-redesign-teardown-report-finds","secondary","TechInsights (report of December 2024): the Kirin 9020 in the Mate 70 Pro+ is made by SMIC on a 7 nm process and is not a major redesign; Huawei did not disclose the chip."),
]
EXISTING = {  # rows copied verbatim from data/sources.csv (other helpers' ids)
    "techinsights-202309-smic-n2-mate60", "reuters-20251213-kirin-9030-n3",
    "huawei-20250918-xu-connect-keynote", "tomshardware-20250610-ren-one-generation",
    "reuters-20230907-mate60-yield",
}
src_header = ["id","title","publisher","author","date_published","url","type","note"]
with open(D / "sources.csv", encoding="utf-8") as f:
    existing_rows = {r["id"]: [r[h] for h in src_header] for r in csv.DictReader(f)}
rows = [list(r) for r in S] + [existing_rows[i] for i in sorted(EXISTING)]
ids = [r[0] for r in rows]
assert len(ids) == len(set(ids))
others = set()
for frag in (ROOT / "staging").glob("*/sources.csv"):
    if frag.parent.name != "02_huawei":
        with open(frag, encoding="utf-8") as f:
            others |= {r["id"] for r in csv.DictReader(f)}
for r in S:
    assert r[0] not in others, r[0]
write(Path(__file__).parent / "sources.csv", src_header, rows)

# ---------------- huawei_financials
AR22, AR23, AR19H, AR19O = ("huawei-20230331-annual-report-2022", "huawei-20240329-annual-report-2023",
    "huawei-20200331-annual-report-2019-highlights", "huawei-20200331-annual-report-2019-operations")
fin = [  # year, revenue, profit, rd, source_id (revenue/profit), rd_source_id, corroborating, note
(2015, 395.009, 36.91, 59.61, AR19H, "convergedigest-201704-huawei-fy16", "amwalalghad-2016-huawei-2015-results", "2015 net profit from the 2016 results release (the hosted report copy is truncated for this cell)"),
(2016, 521.574, 37.052, 76.39, AR19H, "convergedigest-201704-huawei-fy16", "", "Converge Digest prints net profit as 37.07; the annual report's 37.052 is kept"),
(2017, 603.621, 47.455, 89.7, AR19H, "telecomtimes-2018-huawei-fy17", "", ""),
(2018, 721.202, 59.345, 101.509, AR22, AR19O, "electronicsforu-2019-huawei-2018", ""),
(2019, 858.833, 62.656, 131.659, AR22, AR19O, AR23, "First year on the US Entity List (from May 2019)"),
(2020, 891.368, 64.649, 141.893, AR22, "guancha-20210331-huawei-2020-results", AR23, "Peak revenue; Honor sold in November 2020"),
(2021, 636.807, 113.718, 142.7, AR22, "flanderschina-2022-huawei-2021-profit", AR23 + ";pocketnow-20220328-huawei-2021-honor", "Net profit lifted mainly by the gain on selling Honor (one-off)"),
(2022, 642.338, 35.562, 161.5, AR22, "hkcd-20230331-huawei-2022", AR23 + ";dailytimes-20230401-huawei-2022", "R&D reported as 25.1% of revenue"),
(2023, 704.174, 86.950, 164.7, AR23, "computerweekly-20240402-huawei-2023", "flanderschina-2024-huawei-2023-profit", "Net profit includes gains linked to the Honor sale"),
(2024, 862.1, 62.6, 179.7, "mobileworldlive-2025-huawei-2024", "mobileworldlive-2025-huawei-2024", "techcentral-20250331-huawei-2024-reuters;btimes-20250331-huawei-2024-canalys", "Press figures rounded to 0.1 bn; net profit down 28% against a 2023 base with a one-off gain"),
]
write(D / "huawei_financials.csv",
      ["year","revenue_cny_bn","net_profit_cny_bn","rd_expense_cny_bn","source_id","rd_source_ids","corroborating_source_ids","note"],
      [list(r) for r in fin])

# ---------------- huawei_segments
CG, BS = "customer_group", "business_segment"
seg = [
(2015,CG,"carrier",232.3,"amwalalghad-2016-huawei-2015-results","","As first reported; a later report restates it as 235.1"),
(2015,CG,"enterprise",27.6,"amwalalghad-2016-huawei-2015-results","",""),
(2015,CG,"consumer",129.1,"amwalalghad-2016-huawei-2015-results","","As first reported; later restated to 125.2"),
(2016,CG,"carrier",290.6,"convergedigest-201704-huawei-fy16","",""),
(2016,CG,"enterprise",40.7,"convergedigest-201704-huawei-fy16","",""),
(2016,CG,"consumer",179.8,"convergedigest-201704-huawei-fy16","",""),
(2017,CG,"carrier",297.8,"mobileworldlive-2018-huawei-2017","",""),
(2017,CG,"enterprise",54.9,"mobileworldlive-2018-huawei-2017","",""),
(2017,CG,"consumer",237.2,"mobileworldlive-2018-huawei-2017","","As first reported; later restated to 240.4"),
(2018,CG,"consumer",348.9,"electronicsforu-2019-huawei-2018","","Consumer became the largest group"),
(2019,CG,"carrier",296.7,"computerweekly-2020-huawei-2019","",""),
(2019,CG,"enterprise",89.7,"computerweekly-2020-huawei-2019","",""),
(2019,CG,"consumer",467.3,"cgtn-20200331-huawei-2019","",""),
(2020,CG,"carrier",302.6,"scmp-2021-huawei-2020-results","",""),
(2020,CG,"enterprise",100.3,"scmp-2021-huawei-2020-results","",""),
(2020,CG,"consumer",482.9,"scmp-2021-huawei-2020-results","","Includes Honor for most of the year"),
(2021,CG,"carrier",281.5,"malaysianreserve-20220329-huawei-2021","",""),
(2021,CG,"enterprise",102.4,"equalocean-20220328-huawei-2021","",""),
(2021,CG,"consumer",243.4,"flanderschina-2022-huawei-2021-profit","","Down nearly 50% on 2020"),
(2022,CG,"carrier",284.0,"hkcd-20230331-huawei-2022","",""),
(2022,CG,"enterprise",133.2,"hkcd-20230331-huawei-2022","",""),
(2022,CG,"consumer",214.5,"hkcd-20230331-huawei-2022","","Called the device (terminal) business"),
(2023,BS,"ict_infrastructure",362.0,"computerweekly-20240402-huawei-2023","","New headline segment structure"),
(2023,BS,"consumer",251.5,"computerweekly-20240402-huawei-2023","","Mate 60 Pro on sale from 29 Aug 2023"),
(2023,BS,"cloud_computing",55.3,"computerweekly-20240402-huawei-2023","","As first reported; the 2024 growth rate implies a restated, smaller base"),
(2023,BS,"digital_power",52.6,"computerweekly-20240402-huawei-2023","",""),
(2023,BS,"intelligent_automotive_solutions",4.7,"computerweekly-20240402-huawei-2023","",""),
(2024,BS,"ict_infrastructure",369.9,"mobileworldlive-2025-huawei-2024","techcentral-20250331-huawei-2024-reuters","Reported as up 4.9% on a restated base"),
(2024,BS,"consumer",339.0,"mobileworldlive-2025-huawei-2024","techcentral-20250331-huawei-2024-reuters","Reported as up 38.3% on a restated base"),
(2024,BS,"cloud_computing",38.5,"mobileworldlive-2025-huawei-2024","","Reported as up 8.5% although 2023 was first reported as 55.3: scope changed"),
(2024,BS,"digital_power",68.7,"mobileworldlive-2025-huawei-2024","","Reported as up 24.4%"),
(2024,BS,"intelligent_automotive_solutions",26.4,"mobileworldlive-2025-huawei-2024","techcentral-20250331-huawei-2024-reuters","First profitable year for the unit"),
]
write(D / "huawei_segments.csv", ["year","scheme","segment","revenue_cny_bn","source_id","corroborating_source_ids","note"], [list(r) for r in seg])

# ---------------- smartphone_share
def sp(period, market, tracker, measure, ship, share, growth, src, corr="", note=""):
    ptype = "quarter" if "Q" in period else "year"
    honor = "true" if int(period[:4]) <= 2020 else "false"
    return [period, ptype, market, tracker, measure, ship, share, growth, honor, src, corr, note]
SH, SA = "shipments", "sell_through_sales"
ss = [
sp("2018Q2","global","IDC",SH,54.2,"","","taiwannews-2018-idc-q2-2018","","First quarter Huawei passed Apple"),
sp("2018Q3","global","IDC",SH,52.0,14.6,"","robertgwilliams-2018-idc-q3-2018"),
sp("2018Q4","global","IDC",SH,60.5,16.1,"","gadgetguy-2019-idc-2018"),
sp("2019Q1","global","IDC",SH,59.1,"","","scitech-20200503-idc-q1-2020","","The quarter before the May 2019 Entity List listing"),
sp("2019Q4","global","IDC",SH,56.2,15.2,"","liliputing-202101-idc-q4-2020"),
sp("2020Q1","global","IDC",SH,49.0,17.8,"","scitech-20200503-idc-q1-2020"),
sp("2020Q2","global","Canalys",SH,55.8,"","","canalys-2020-q2-2020-huawei-first","","First place worldwide for the first time"),
sp("2020Q4","global","IDC",SH,32.3,8.4,-42.4,"liliputing-202101-idc-q4-2020","","Fifth place"),
sp("2019","global","IDC",SH,240.6,17.5,"","techprolonged-202101-idc-2020"),
sp("2020","global","IDC",SH,189.0,14.6,-21.5,"techprolonged-202101-idc-2020"),
sp("2018Q2","china","IDC",SH,"",27.0,"","malaysianwireless-201808-idc-china-q2-2018"),
sp("2019Q2","china","Canalys",SH,37.3,38,"","reuters-20190729-canalys-china-q2-2019"),
sp("2019Q3","china","Canalys",SH,"",42,66,"businessleague-2019-canalys-china-q3-2019"),
sp("2019Q4","china","Canalys",SH,33.3,39,"","phonearena-2020-canalys-china-2019"),
sp("2020Q4","china","Canalys",SH,18.8,22,"","mobileworldlive-2021-canalys-china-q4-2020","","Includes Honor; reports differ on the comparison base"),
sp("2020Q4","china","Counterpoint",SA,"",23,"","theregister-20220127-counterpoint-china-2021","","Sell-through sales share"),
sp("2021Q4","china","Counterpoint",SA,"",7,"","theregister-20220127-counterpoint-china-2021"),
sp("2022Q2","china","Counterpoint",SA,"",6.9,"","isptoday-2023-counterpoint-q2-2023"),
sp("2022Q3","china","Counterpoint",SA,"",9.1,"","reuters-20231026-china-q3-2023-huawei"),
sp("2022Q4","china","Counterpoint",SH,"",8.7,"","counterpoint-2023-china-share-tracker","","Counterpoint shipment share (not its sales series)"),
sp("2023Q2","china","Counterpoint",SA,"",11.3,58,"isptoday-2023-counterpoint-q2-2023"),
sp("2023Q3","china","Counterpoint",SA,"",12.9,37,"reuters-20231026-china-q3-2023-huawei","","Mate 60 Pro on sale from 29 Aug; Canalys published no Huawei share for this quarter"),
sp("2023Q4","china","Counterpoint",SA,"","",71.1,"counterpoint-2024-china-q4-2023-listing"),
sp("2023Q4","china","IDC",SH,"",13.9,36,"menafn-2024-idc-china-q4-2023","","Fourth place"),
sp("2023Q4","china","Canalys",SH,"","",47,"phoneworld-2024-canalys-china-q4-2023","","Fourth place"),
sp("2024Q1","china","Counterpoint",SA,"",15.5,69.7,"patentlyapple-202404-counterpoint-q1-2024","","Fourth place"),
sp("2024Q2","china","Canalys",SH,"",15,"","silicon-2025-canalys-china-q2-2025","","Year-earlier figure given in the Q2 2025 report"),
sp("2024Q4","china","Canalys",SH,12.9,17,24,"huaweicentral-2025-canalys-china-q4-2024","mobileworldlive-2025-huawei-2024"),
sp("2025Q2","china","Canalys",SH,12.2,18,15,"shine-2025-canalys-china-q2-2025","silicon-2025-canalys-china-q2-2025","First place again"),
sp("2018","china","Canalys",SH,104.8,"","","phonearena-2020-canalys-china-2019"),
sp("2019","china","Canalys",SH,142,38.5,35,"phonearena-2020-canalys-china-2019"),
sp("2023","china","Canalys",SH,33.5,12,"","phonearena-2025-canalys-china-2024","btimes-20250331-huawei-2024-canalys","Share from Business Times"),
sp("2024","china","Canalys",SH,46.0,16,37,"gizchina-20250117-canalys-china-2024","btimes-20250331-huawei-2024-canalys","Second behind vivo"),
]
write(D / "smartphone_share.csv", ["period","period_type","market","tracker","measure","shipments_m","share_pct","growth_yoy_pct","includes_honor","source_id","corroborating_source_ids","note"], ss)

# ---------------- huawei_key_dates
kd = [
("2019-01-07","Kunpeng 920 server CPU launched (Arm-based, made by TSMC at 7 nm)","product","techerati-201901-kunpeng-920","",""),
("2020-09","TSMC stops supplying Huawei (mid-September 2020)","supply","reuters-2024-tsmc-die-910b","","TSMC's own statement as reported by Reuters; exact day not given"),
("2020-10-22","Mate 40 with Kirin 9000 (TSMC 5 nm): the last TSMC-made flagship chip","product","equalocean-20201023-mate-40-kirin-9000","",""),
("2020-11-17","Huawei sells Honor to Shenzhen Zhixin New Information Technology","corporate","scmp-20201117-huawei-sells-honor","",""),
("2023-02-28","Eric Xu says EDA tools for 14 nm and above have been localised","technology","reuters-20230324-huawei-eda-14nm","","Reported on 24 March 2023"),
("2023-08-29","Mate 60 Pro put on pre-sale without a launch event","product","scmp-20230829-mate-60-presale","",""),
("2023-09","TechInsights finds the Kirin 9000S is made on SMIC 7 nm-class N+2","technology","techinsights-202309-smic-n2-mate60","",""),
("2024-04","Pura 70 with Kirin 9010, also SMIC N+2","product","theregister-20240429-pura-70-teardown","",""),
("2024-10-08","HarmonyOS NEXT public beta","software","scmp-202410-harmonyos-next-beta","",""),
("2024-11-26","Mate 70 series launched; buyers may choose HarmonyOS 4.3 or NEXT","product","reuters-20241126-mate-70-launch","krasia-2024-mate-70-harmonyos",""),
("2024","Huawei's consumer CEO claims every chip in the Mate 70 series is made in China","company_claim","uniteddaily-2024-mate-70-domestic-claim","","A company claim; month not given in the report"),
("2024-12","TechInsights: Kirin 9020 in Mate 70 Pro+ on SMIC N+2, not a major redesign","technology","scmp-2024-kirin-9020-teardown","",""),
("2025-09-18","Huawei Connect: Ascend 950/960/970 roadmap","product","huawei-20250918-xu-connect-keynote","","Plans, not products"),
("2025-12","TechInsights: Kirin 9030 (Mate 80) on SMIC N+3, a 7 nm-class extension","technology","reuters-20251213-kirin-9030-n3","",""),
]
write(D / "huawei_key_dates.csv", ["date","event","category","source_id","corroborating_source_ids","note"], [list(r) for r in kd])

# ---------------- huawei_stack_layers
lay = [
(1,"EDA (design software)","Synopsys, Cadence, Siemens EDA","Huawei with Chinese EDA firms",1,2023,"Tools for 14 nm and above said to be localised (78 tools replaced)","Tools for the most advanced nodes","reuters-20230324-huawei-eda-14nm",""),
(2,"Instruction set","Arm (Armv8 licence); x86 in servers","None: Kunpeng and Kirin cores use Arm's instruction set",0,2019,"Kunpeng 920 has 64 Arm-based cores","The Arm architecture licence","techerati-201901-kunpeng-920",""),
(3,"Chip design","Apple, Qualcomm, Nvidia","HiSilicon (Kirin, Ascend, Kunpeng)",3,2020,"Kirin 9000 was a 5 nm flagship design in 2020","Design tools and the instruction set (rows above)","equalocean-20201023-mate-40-kirin-9000","techinsights-202309-smic-n2-mate60"),
(4,"Foundry (chip fabrication)","TSMC (3 nm and below), Samsung","SMIC 7 nm-class N+2 and N+3, made without EUV",2,2025,"Kirin 9000S to 9030 made on SMIC N+2/N+3; N+3 is well short of industry 5 nm","Foreign-made tools in SMIC's fabs","reuters-20251213-kirin-9030-n3","techinsights-202309-smic-n2-mate60;huawei-20250918-xu-connect-keynote"),
(5,"Equipment (lithography)","ASML (EUV and immersion DUV)","SMEE scanners",1,2023,"SMEE's shipping tools reach 90 nm; a 28 nm-capable tool is only claimed","Advanced lithography","tomshardware-2023-smee-28nm-claim",""),
(6,"Memory (HBM for AI chips)","SK hynix, Samsung, Micron","CXMT HBM2; HBM3 samples",1,2025,"Analysts put CXMT 3-4 years behind the HBM leaders","Leading-edge HBM (stockpiled foreign parts)","ibytenews-2025-cxmt-hbm",""),
(7,"Operating system","Google Android; Apple iOS","HarmonyOS NEXT (HarmonyOS 5), no Android code",2,2024,"Public beta Oct 2024; Mate 70 buyers could still choose the Android-compatible HarmonyOS 4.3","None in the code base; the transition was incomplete at the Mate 70 launch","krasia-2024-mate-70-harmonyos","scmp-202410-harmonyos-next-beta"),
(8,"App ecosystem","Google Play; Apple App Store","HarmonyOS native apps and meta-services",1,2025,"Over 15,000 native apps in Oct 2024 and over 30,000 by Sept 2025 (company figures)","Users' demand for apps built for Android and iOS","yicai-2025-harmonyos-5-20m","reuters-202411-mate-70-apps"),
(9,"AI chips","Nvidia (A100, H100, H20)","Ascend 910B and 910C",2,2024,"In volume use; a TSMC-made die was found in a 910B","TSMC-made dies obtained through third parties; foreign HBM","reuters-2024-tsmc-die-910b","tomshardware-20250610-ren-one-generation"),
(10,"AI software framework","Nvidia CUDA; PyTorch, TensorFlow","MindSpore and CANN",1,2025,"CANN is Huawei's counterpart to CUDA; its ecosystem is far smaller","Developers' habits and code written for CUDA","reportify-2025-cann-open-source",""),
]
write(D / "huawei_stack_layers.csv", ["order","layer","foreign_incumbent","chinese_substitute","status_level","as_of_year","evidence","still_foreign","source_id","corroborating_source_ids"], [list(r) for r in lay])
print("ok", len(rows), "sources")
