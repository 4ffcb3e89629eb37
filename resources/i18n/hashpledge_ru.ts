<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressDialog</name>
    <message>
        <source>Add watch-only address</source>
        <translation>Добавление адреса для наблюдения</translation>
    </message>
    <message>
        <source>Enter an address your pool pays to. Only the address is stored: never enter a private key or seed words.</source>
        <translation>Введите адрес, на который пул перечисляет выплаты. Сохраняется только адрес: никогда не вводите закрытый ключ или слова сид-фразы.</translation>
    </message>
    <message>
        <source>bc1q…, bc1p…, 1… or 3…</source>
        <translation>bc1q…, bc1p…, 1… или 3…</translation>
    </message>
    <message>
        <source>optional, e.g. Pool payouts</source>
        <translation>необязательно, например «Выплаты пула»</translation>
    </message>
    <message>
        <source>Mainnet</source>
        <translation>Основная сеть (mainnet)</translation>
    </message>
    <message>
        <source>Testnet (also signet)</source>
        <translation>Тестовая сеть (testnet, также signet)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Сеть:</translation>
    </message>
    <message>
        <source>It was removed from the field and has not been saved.</source>
        <translation>Он удалён из поля и не сохранён.</translation>
    </message>
    <message>
        <source>It was also removed from the clipboard.</source>
        <translation>Из буфера обмена он тоже удалён.</translation>
    </message>
</context>
<context>
    <name>AmountInput</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>{0}

Open the local database file instead, this time?
{1}

Its data is yours only, not the shared database's. The shared database is tried again at the next start; Settings ▸ Database changes which one is used.</source>
        <translation>{0}

Открыть в этот раз локальный файл базы данных?
{1}

Его данные — только ваши, не из общей базы. При следующем запуске снова будет попытка подключиться к общей базе; выбрать базу можно в разделе «Настройки ▸ База данных».</translation>
    </message>
</context>
<context>
    <name>BankPackage</name>
    <message>
        <source>individual</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <source>sole trader</source>
        <translation>индивидуальный предприниматель</translation>
    </message>
    <message>
        <source>company</source>
        <translation>юридическое лицо</translation>
    </message>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>в резерве</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>в ремонте</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>продано</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>списано</translation>
    </message>
    <message>
        <source>In {0} the farm used {1} kWh, more than the {2} kWh a month an individual may use for mining without registering in the FNS registry of miners.</source>
        <translation>За {0} ферма потребила {1} кВт·ч — больше {2} кВт·ч в месяц, которые физическое лицо может расходовать на майнинг без включения в реестр майнеров ФНС.</translation>
    </message>
    <message>
        <source>Sole traders and companies may mine only once included in the FNS registry of miners (required since {0}); no registry entry is recorded.</source>
        <translation>ИП и юридические лица вправе заниматься майнингом только после включения в реестр майнеров ФНС (обязательно с {0}); запись в реестре не указана.</translation>
    </message>
    <message>
        <source>Mining is banned in {0} from {1} to {2}: the site “{3}” may not mine there during that time.</source>
        <translation>Майнинг запрещён в регионе «{0}» с {1} по {2}: на площадке «{3}» в этот период майнить нельзя.</translation>
    </message>
    <message>
        <source>May be affected: mining is banned in parts of {0} from {1} to {2} (a seasonal ban); check whether the site “{3}” lies in one of the listed districts.</source>
        <translation>Возможно ограничение: в части районов региона «{0}» майнинг запрещён с {1} по {2} (сезонный запрет); проверьте, не находится ли площадка «{3}» в одном из перечисленных районов.</translation>
    </message>
    <message>
        <source>Production by month, BTC: expected (grey) and actual (orange)</source>
        <translation>Добыча по месяцам, BTC: ожидаемая (серым) и фактическая (оранжевым)</translation>
    </message>
    <message>
        <source>LTV over the term at today's price, %</source>
        <translation>LTV в течение срока при текущей цене, %</translation>
    </message>
    <message>
        <source>Reading the profile</source>
        <translation>Чтение профиля</translation>
    </message>
    <message>
        <source>Simulating the loan</source>
        <translation>Расчёт кредита</translation>
    </message>
    <message>
        <source>Reading the books</source>
        <translation>Чтение учётных данных</translation>
    </message>
    <message>
        <source>Checking the proofs of control</source>
        <translation>Проверка подтверждений владения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registry of miners</source>
        <translation>Реестр майнеров</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Loan requested</source>
        <translation>Запрашиваемый кредит</translation>
    </message>
    <message>
        <source>{0} — {1} ({2}): {3} for {4} months from {5}.</source>
        <translation>{0} — {1} ({2}): {3} на {4} мес. с {5}.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Holdings (ledger)</source>
        <translation>Остаток BTC (по учёту)</translation>
    </message>
    <message>
        <source>Fleet hashrate</source>
        <translation>Хешрейт парка</translation>
    </message>
    <message>
        <source>Energy, average per month</source>
        <translation>Электроэнергия, в среднем за месяц</translation>
    </message>
    <message>
        <source>{0} kWh</source>
        <translation>{0} кВт·ч</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Обеспечение</translation>
    </message>
    <message>
        <source>Initial LTV</source>
        <translation>Начальный LTV</translation>
    </message>
    <message>
        <source>APR</source>
        <translation>Эффективная годовая ставка (APR)</translation>
    </message>
    <message>
        <source>PSK (full cost of credit)</source>
        <translation>ПСК (полная стоимость кредита)</translation>
    </message>
    <message>
        <source>The offer is illustrative: its terms are an example, not a lender's quote.</source>
        <translation>Предложение приведено для иллюстрации: его условия являются примером, а не офертой кредитора.</translation>
    </message>
    <message>
        <source>Total in service</source>
        <translation>Итого в эксплуатации</translation>
    </message>
    <message>
        <source>Equipment schedule</source>
        <translation>Перечень оборудования</translation>
    </message>
    <message>
        <source>Book value: straight line over {0} months. Market value: an estimate by efficiency band.</source>
        <translation>Балансовая стоимость: линейная амортизация за {0} мес. Рыночная оценка: по классу энергоэффективности.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>W</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Балансовая стоимость</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Рыночная оценка</translation>
    </message>
    <message>
        <source>over {0} kWh</source>
        <translation>свыше {0} кВт·ч</translation>
    </message>
    <message>
        <source>An individual may use up to {0} kWh a month for mining without registering; months above it are marked.</source>
        <translation>Физическое лицо вправе расходовать на майнинг до {0} кВт·ч в месяц без включения в реестр; месяцы с превышением отмечены.</translation>
    </message>
    <message>
        <source>Energy by month</source>
        <translation>Электроэнергия по месяцам</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Metered, kWh</source>
        <translation>По счётчику, кВт·ч</translation>
    </message>
    <message>
        <source>Expected, kWh</source>
        <translation>Ожидаемое, кВт·ч</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Tariff per kWh</source>
        <translation>Тариф за кВт·ч</translation>
    </message>
    <message>
        <source>Night tariff</source>
        <translation>Ночной тариф</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>Построение графика</translation>
    </message>
    <message>
        <source>check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <source>Production by month</source>
        <translation>Добыча по месяцам</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемая</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактическая</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Остаток BTC</translation>
    </message>
    <message>
        <source>Ledger (payouts less disposals): {0}.</source>
        <translation>По учёту (выплаты за вычетом выбытия): {0}.</translation>
    </message>
    <message>
        <source>On-chain: {0}, checked {1}.</source>
        <translation>В блокчейне: {0}, проверено {1}.</translation>
    </message>
    <message>
        <source>Proof of control: the applicant signs “{0}” with the address's key.</source>
        <translation>Подтверждение владения адресом: заявитель подписывает сообщение «{0}» ключом адреса.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>On-chain balance</source>
        <translation>Баланс в блокчейне</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Proof of control</source>
        <translation>Подтверждение владения адресом</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соответствие законодательству</translation>
    </message>
    <message>
        <source>No compliance flags.</source>
        <translation>Замечаний по соответствию законодательству нет.</translation>
    </message>
    <message>
        <source>BTC price</source>
        <translation>Цена BTC</translation>
    </message>
    <message>
        <source>Margin-call price</source>
        <translation>Цена маржин-колла</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>Цена ликвидации</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>Проценты всего</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>Комиссии всего</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток долга</translation>
    </message>
    <message>
        <source>Backtest: start dates</source>
        <translation>Бэктест: дат начала</translation>
    </message>
    <message>
        <source>Backtest: margin call</source>
        <translation>Бэктест: маржин-колл</translation>
    </message>
    <message>
        <source>Backtest: liquidation</source>
        <translation>Бэктест: ликвидация</translation>
    </message>
    <message>
        <source>Backtest: worst LTV</source>
        <translation>Бэктест: наихудший LTV</translation>
    </message>
    <message>
        <source>Monte Carlo: paths</source>
        <translation>Монте-Карло: траекторий</translation>
    </message>
    <message>
        <source>Monte Carlo: margin call</source>
        <translation>Монте-Карло: маржин-колл</translation>
    </message>
    <message>
        <source>Monte Carlo: liquidation</source>
        <translation>Монте-Карло: ликвидация</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Loan simulation</source>
        <translation>Расчёт кредита</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <source>Every file of the package is listed with its SHA-256 in MANIFEST.sha256 (check: sha256sum -c MANIFEST.sha256, or hashpledge verify FILE.zip).</source>
        <translation>Каждый файл пакета указан с его SHA-256 в MANIFEST.sha256 (проверка: sha256sum -c MANIFEST.sha256 или hashpledge verify FILE.zip).</translation>
    </message>
    <message>
        <source>The manifest is signed with Ed25519 (MANIFEST.sig, public key signing-key.pub). Key fingerprint: {0}</source>
        <translation>Манифест подписан Ed25519 (MANIFEST.sig, открытый ключ signing-key.pub). Отпечаток ключа: {0}</translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>Пакет не подписан.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>Collateral package: {0}</source>
        <translation>Пакет документов о залоге: {0}</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Формирование отчёта</translation>
    </message>
    <message>
        <source>Exporting the records</source>
        <translation>Выгрузка записей</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <source>Machine or fleet</source>
        <translation>Устройство или парк</translation>
    </message>
    <message>
        <source>optional, for payback</source>
        <translation>необязательно, для окупаемости</translation>
    </message>
    <message>
        <source>Use the profile's active &amp;fleet</source>
        <translation>Взять действующий &amp;парк профиля</translation>
    </message>
    <message>
        <source>&amp;Hashrate, TH/s:</source>
        <translation>&amp;Хешрейт, TH/s:</translation>
    </message>
    <message>
        <source>&amp;Power, W:</source>
        <translation>&amp;Мощность, Вт:</translation>
    </message>
    <message>
        <source>Purchase &amp;price:</source>
        <translation>Цена &amp;покупки:</translation>
    </message>
    <message>
        <source>Market and costs</source>
        <translation>Рынок и затраты</translation>
    </message>
    <message>
        <source>difficulty of the day</source>
        <translation>сложность на дату</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Tariff per kWh:</source>
        <translation>&amp;Тариф за кВт·ч:</translation>
    </message>
    <message>
        <source>BTC p&amp;rice:</source>
        <translation>&amp;Цена BTC:</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Сложность:</translation>
    </message>
    <message>
        <source>&amp;Fees per block, BTC:</source>
        <translation>&amp;Комиссии за блок, BTC:</translation>
    </message>
    <message>
        <source>P&amp;ool fee, %:</source>
        <translation>Комиссия п&amp;ула, %:</translation>
    </message>
    <message>
        <source>&amp;Uptime, %:</source>
        <translation>&amp;Время работы, %:</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>&amp;Горизонт:</translation>
    </message>
    <message>
        <source>Difficulty &amp;growth, %/month:</source>
        <translation>&amp;Рост сложности, %/мес.:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>BTC per day</source>
        <translation>BTC в день</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Выручка в день</translation>
    </message>
    <message>
        <source>Energy per day</source>
        <translation>Электроэнергия в день</translation>
    </message>
    <message>
        <source>Profit per day</source>
        <translation>Прибыль в день</translation>
    </message>
    <message>
        <source>Profit, first 30 days</source>
        <translation>Прибыль, первые 30 дней</translation>
    </message>
    <message>
        <source>BTC over the horizon</source>
        <translation>BTC за горизонт</translation>
    </message>
    <message>
        <source>Profit over the horizon</source>
        <translation>Прибыль за горизонт</translation>
    </message>
    <message>
        <source>Break-even BTC price</source>
        <translation>Цена BTC безубыточности</translation>
    </message>
    <message>
        <source>Break-even tariff</source>
        <translation>Тариф безубыточности</translation>
    </message>
    <message>
        <source>Hashprice (per TH/s per day)</source>
        <translation>Hashprice (на TH/s в день)</translation>
    </message>
    <message>
        <source>Cost to mine 1 BTC</source>
        <translation>Себестоимость 1 BTC</translation>
    </message>
    <message>
        <source>Payback of the purchase</source>
        <translation>Окупаемость покупки</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Энергоэффективность</translation>
    </message>
    <message>
        <source>Mining calculator</source>
        <translation>Калькулятор майнинга</translation>
    </message>
    <message>
        <source>No bundled price in {0}: enter the price.</source>
        <translation>Встроенной цены в {0} нет: введите цену.</translation>
    </message>
    <message>
        <source>Bundled close of {0}</source>
        <translation>Встроенная цена закрытия на {0}</translation>
    </message>
    <message>
        <source>Hashrate</source>
        <translation>Хешрейт</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>BTC price</source>
        <translation>Цена BTC</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <source>Fees per block</source>
        <translation>Комиссии за блок</translation>
    </message>
    <message>
        <source>Pool fee</source>
        <translation>Комиссия пула</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <source>Difficulty growth</source>
        <translation>Рост сложности</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Цена покупки</translation>
    </message>
    <message>
        <source>{0} kWh, {1}</source>
        <translation>{0} кВт·ч, {1}</translation>
    </message>
    <message>
        <source>{0} per kWh</source>
        <translation>{0} за кВт·ч</translation>
    </message>
    <message>
        <source>{0} J/TH</source>
        <translation>{0} J/TH</translation>
    </message>
    <message>
        <source>not within 10 years</source>
        <translation>не в пределах 10 лет</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} дн.</translation>
    </message>
    <message>
        <source>Price and tariff stay flat; difficulty grows {0} % a month{1}.</source>
        <translation>Цена и тариф неизменны; сложность растёт на {0} % в месяц{1}.</translation>
    </message>
    <message>
        <source>; the subsidy halves on {0}</source>
        <translation>; награда за блок уменьшается вдвое {0}</translation>
    </message>
    <message>
        <source>Cumulative profit, {0}</source>
        <translation>Накопленная прибыль, {0}</translation>
    </message>
    <message>
        <source>Cumulative profit over the horizon</source>
        <translation>Накопленная прибыль за горизонт</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>HashPledge {0} (build {1}, {2})</source>
        <translation>HashPledge {0} (сборка {1}, {2})</translation>
    </message>
    <message>
        <source>HashPledge: farm books, loan simulation and bank collateral packages for Bitcoin miners. Without a command the desktop app opens.</source>
        <translation>HashPledge: учёт майнинговой фермы, моделирование кредитов и пакеты документов о залоге для банка — для майнеров биткоина. Без команды открывается настольное приложение.</translation>
    </message>
    <message>
        <source>check this installation end to end in a temporary folder (offscreen), then exit</source>
        <translation>полностью проверить эту установку во временной папке (без вывода на экран) и выйти</translation>
    </message>
    <message>
        <source>open the desktop app, print the seconds until the main window is painted, and quit (for benchmarks)</source>
        <translation>открыть настольное приложение, вывести число секунд до отрисовки главного окна и выйти (для замеров производительности)</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>ПУТЬ|АДРЕС</translation>
    </message>
    <message>
        <source>database file or shared server postgresql://user@host:port/name (default: $HASHPLEDGE_DB, else the database chosen in the app, else the file in the user data folder)</source>
        <translation>файл базы данных или общий сервер postgresql://пользователь@хост:порт/имя (по умолчанию: $HASHPLEDGE_DB, иначе база, выбранная в приложении, иначе файл в папке данных пользователя)</translation>
    </message>
    <message>
        <source>language of the messages (default: $HASHPLEDGE_LANG, else the language chosen in the app, else the system's)</source>
        <translation>язык сообщений (по умолчанию: $HASHPLEDGE_LANG, иначе язык, выбранный в приложении, иначе язык системы)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>машиночитаемый вывод</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>profile name (optional when the database has one profile)</source>
        <translation>имя профиля (можно не указывать, если в базе один профиль)</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>по умолчанию: сегодня</translation>
    </message>
    <message>
        <source>fill the database with three demo profiles (replaces earlier demo profiles)</source>
        <translation>заполнить базу тремя демонстрационными профилями (заменяет прежние демонстрационные профили)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data (default 1)</source>
        <translation>зерно генератора случайных чисел; одно и то же зерно даёт одни и те же данные (по умолчанию 1)</translation>
    </message>
    <message>
        <source>database path, schema revision and row counts</source>
        <translation>путь к базе данных, версия схемы и число строк в таблицах</translation>
    </message>
    <message>
        <source>import a CSV file into a profile, all or nothing</source>
        <translation>импортировать CSV-файл в профиль по принципу «всё или ничего»</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>ФАЙЛ.json</translation>
    </message>
    <message>
        <source>column mapping {"field": "header", ...}; default: remembered or matched by header</source>
        <translation>соответствие столбцов {"field": "header", ...}; по умолчанию: запомненное или по заголовкам</translation>
    </message>
    <message>
        <source>export a profile's records as CSV (UTF-8 with BOM)</source>
        <translation>выгрузить записи профиля в CSV (UTF-8 с BOM)</translation>
    </message>
    <message>
        <source>market data</source>
        <translation>рыночные данные</translation>
    </message>
    <message>
        <source>fetch current prices, official rates, network figures and balances (only when online data is allowed in the settings)</source>
        <translation>загрузить текущие цены, официальные курсы, показатели сети и балансы (только если в настройках разрешены данные из сети)</translation>
    </message>
    <message>
        <source>the BTC price used for a date, and its source</source>
        <translation>цена BTC, используемая на дату, и её источник</translation>
    </message>
    <message>
        <source>ledger balance against the on-chain balance of the watch-only addresses</source>
        <translation>остаток по учёту в сравнении с балансом адресов для наблюдения в блокчейне</translation>
    </message>
    <message>
        <source>check the addresses online first</source>
        <translation>сначала проверить адреса через сеть</translation>
    </message>
    <message>
        <source>loan offers</source>
        <translation>кредитные предложения</translation>
    </message>
    <message>
        <source>the offers in the database (the bundled catalogue included)</source>
        <translation>предложения в базе данных (включая встроенный каталог)</translation>
    </message>
    <message>
        <source>ID_OR_FILE</source>
        <translation>ID_ИЛИ_ФАЙЛ</translation>
    </message>
    <message>
        <source>simulate a loan offer: collateral, LTV, prices, schedule, APR, PSK</source>
        <translation>смоделировать кредитное предложение: залог, LTV, цены, график платежей, APR, ПСК</translation>
    </message>
    <message>
        <source>an offer id, or a path to an offer .json</source>
        <translation>id предложения или путь к файлу предложения .json</translation>
    </message>
    <message>
        <source>amount to borrow, in the offer's currency</source>
        <translation>сумма кредита в валюте предложения</translation>
    </message>
    <message>
        <source>default: the offer's default term</source>
        <translation>по умолчанию: срок по умолчанию из предложения</translation>
    </message>
    <message>
        <source>BTC pledged (default: what the initial LTV requires)</source>
        <translation>BTC в залог (по умолчанию: сколько требует начальный LTV)</translation>
    </message>
    <message>
        <source>BTC price in the offer's currency (default: the latest known)</source>
        <translation>цена BTC в валюте предложения (по умолчанию: последняя известная)</translation>
    </message>
    <message>
        <source>the borrower (eligibility, equipment value)</source>
        <translation>заёмщик (соответствие условиям, стоимость оборудования)</translation>
    </message>
    <message>
        <source>run the loan from every start date of the history</source>
        <translation>прогнать кредит с каждой даты начала в истории цен</translation>
    </message>
    <message>
        <source>only start dates from this day</source>
        <translation>только даты начала начиная с этого дня</translation>
    </message>
    <message>
        <source>N simulated price paths</source>
        <translation>N смоделированных траекторий цены</translation>
    </message>
    <message>
        <source>Monte Carlo: block bootstrap of real returns (default) or GBM</source>
        <translation>Монте-Карло: блочный бутстреп реальных доходностей (по умолчанию) или GBM</translation>
    </message>
    <message>
        <source>Monte Carlo seed (the same seed, the same paths)</source>
        <translation>зерно для Монте-Карло (одно и то же зерно — одни и те же траектории)</translation>
    </message>
    <message>
        <source>at a margin call, top up from the profile's mining output and spare holdings</source>
        <translation>при маржин-колле пополнять обеспечение из добычи профиля и свободного остатка BTC</translation>
    </message>
    <message>
        <source>for the mining output (default: the last 12 months' average)</source>
        <translation>рост сложности в процентах в месяц для расчёта добычи (по умолчанию: среднее за последние 12 месяцев)</translation>
    </message>
    <message>
        <source>raise an amount by selling BTC now or by borrowing against it</source>
        <translation>получить сумму: продать BTC сейчас или занять под его залог</translation>
    </message>
    <message>
        <source>holdings come from this profile</source>
        <translation>остаток BTC берётся из этого профиля</translation>
    </message>
    <message>
        <source>BTC held (default: the profile's, else the collateral)</source>
        <translation>имеющиеся BTC (по умолчанию: остаток профиля, иначе размер залога)</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>Сервер не принял пароль.</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Пароль для {0}: </translation>
    </message>
    <message>
        <source>{0}. Store the password in the system keyring with `hashpledge db-password ADDRESS`, or run the command in a terminal to be asked.</source>
        <translation>{0}. Сохраните пароль в системном хранилище паролей командой `hashpledge db-password АДРЕС` или запустите команду в терминале, чтобы ввести его.</translation>
    </message>
    <message>
        <source>Demo profiles written to {0}:</source>
        <translation>Демонстрационные профили записаны в {0}:</translation>
    </message>
    <message>
        <source>{0} machines, {1} payouts, {2} energy records</source>
        <translation>устройств: {0}, выплат: {1}, записей об электроэнергии: {2}</translation>
    </message>
    <message>
        <source>database: {0}</source>
        <translation>база данных: {0}</translation>
    </message>
    <message>
        <source>schema revision: {0}</source>
        <translation>версия схемы: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>say which profile with --profile NAME (profiles: {0})</source>
        <translation>укажите профиль: --profile ИМЯ (профили: {0})</translation>
    </message>
    <message>
        <source>{0}: cannot read the mapping ({1})</source>
        <translation>{0}: не удаётся прочитать соответствие столбцов ({1})</translation>
    </message>
    <message>
        <source>{0}: the mapping must be a JSON object {{"field": "header", ...}}</source>
        <translation>{0}: соответствие столбцов должно быть объектом JSON {{"field": "header", ...}}</translation>
    </message>
    <message>
        <source>{0}: {1} added, {2} already recorded</source>
        <translation>{0}: добавлено: {1}, уже были в учёте: {2}</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}: не удаётся записать ({1})</translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation>строк записано в {1}: {0}</translation>
    </message>
    <message>
        <source>--date: '{0}' is not a date (YYYY-MM-DD)</source>
        <translation>--date: «{0}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{0}; nothing was sent</source>
        <translation>{0}; ничего не отправлено</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>СБОЙ</translation>
    </message>
    <message>
        <source>no BTC/{0} price known on {1} (enter one in the app, or allow online data and run `hashpledge prices update`)</source>
        <translation>цена BTC/{0} на {1} неизвестна (введите её в приложении или разрешите данные из сети и выполните `hashpledge prices update`)</translation>
    </message>
    <message>
        <source> (latest known, of {0})</source>
        <translation> (последняя известная, на {0})</translation>
    </message>
    <message>
        <source>ledger:   {0} BTC</source>
        <translation>по учёту:    {0} BTC</translation>
    </message>
    <message>
        <source>on-chain: {0} BTC</source>
        <translation>в блокчейне: {0} BTC</translation>
    </message>
    <message>
        <source>on-chain: never checked</source>
        <translation>в блокчейне: ещё не проверялся</translation>
    </message>
    <message>
        <source>DIFFERENCE: {0} BTC</source>
        <translation>РАСХОЖДЕНИЕ: {0} BTC</translation>
    </message>
    <message>
        <source>payouts found on-chain: {0} of {1} with a txid</source>
        <translation>выплат найдено в блокчейне: {0} из {1} с txid</translation>
    </message>
    <message>
        <source>not checked: {0}</source>
        <translation>не проверено: {0}</translation>
    </message>
    <message>
        <source> (illustrative)</source>
        <translation> (пример)</translation>
    </message>
    <message>
        <source>--monte-carlo: the number of paths cannot be negative</source>
        <translation>--monte-carlo: число траекторий не может быть отрицательным</translation>
    </message>
    <message>
        <source>--top-up-from-mining needs --profile NAME (whose mining output tops up)</source>
        <translation>--top-up-from-mining требует --profile ИМЯ (чья добыча пополняет обеспечение)</translation>
    </message>
    <message>
        <source>principal {0} {1}, {2} months from {3}, BTC price {4} {1}</source>
        <translation>сумма кредита {0} {1}, {2} мес. с {3}, цена BTC {4} {1}</translation>
    </message>
    <message>
        <source>collateral {0} BTC, initial LTV {1}</source>
        <translation>залог {0} BTC, начальный LTV {1}</translation>
    </message>
    <message>
        <source>margin call at {0} {1}, liquidation at {2} {1}</source>
        <translation>маржин-колл при {0} {1}, ликвидация при {2} {1}</translation>
    </message>
    <message>
        <source>first payment {0} {1}; interest {2}, fees {3}</source>
        <translation>первый платёж {0} {1}; проценты {2}, комиссии {3}</translation>
    </message>
    <message>
        <source>APR {0} %, PSK {1} % ({2} {3})</source>
        <translation>APR {0} %, ПСК {1} % ({2} {3})</translation>
    </message>
    <message>
        <source>not eligible: {0}</source>
        <translation>условия не выполнены: {0}</translation>
    </message>
    <message>
        <source>backtest over {0} start dates: margin call {1}, liquidation {2}, worst LTV {3}, median BTC left {4}</source>
        <translation>бэктест (дат начала: {0}): маржин-колл {1}, ликвидация {2}, наихудший LTV {3}, медианный остаток BTC {4}</translation>
    </message>
    <message>
        <source>  with top-ups from mining: margin call {0}, liquidation {1}</source>
        <translation>  с пополнением из добычи: маржин-колл {0}, ликвидация {1}</translation>
    </message>
    <message>
        <source>Monte Carlo ({0} {1} paths): margin call {2}, liquidation {3}</source>
        <translation>Монте-Карло ({1}, траекторий: {0}): маржин-колл {2}, ликвидация {3}</translation>
    </message>
    <message>
        <source>raise {0} {1} at {2} {1}/BTC over {3} months; borrowing breaks even at an end price of {4} {1}</source>
        <translation>получить {0} {1} при цене {2} {1}/BTC на {3} мес.; заём безубыточен при цене в конце срока {4} {1}</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>продать</translation>
    </message>
    <message>
        <source>borrow</source>
        <translation>занять</translation>
    </message>
    <message>
        <source>  end price {0:&gt;14}: sell → {1} BTC, {2:&gt;14}; borrow → {3} BTC, {4:&gt;14}  ({5} is better)</source>
        <translation>  цена в конце {0:&gt;14}: продать → {1} BTC, {2:&gt;14}; занять → {3} BTC, {4:&gt;14}  (лучше: {5})</translation>
    </message>
    <message>
        <source>hashpledge: interrupted</source>
        <translation>hashpledge: прервано</translation>
    </message>
    <message>
        <source>hashpledge: the database could not be written or read ({0}); the failed step changed nothing</source>
        <translation>hashpledge: не удалось записать или прочитать базу данных ({0}); неудавшийся шаг ничего не изменил</translation>
    </message>
</context>
<context>
    <name>CliDb</name>
    <message>
        <source>PATH|URL</source>
        <translation>ПУТЬ|АДРЕС</translation>
    </message>
    <message>
        <source>copy a database into another (a SQLite file into a shared PostgreSQL database and back), checked by row counts and per-table checksums</source>
        <translation>скопировать базу данных в другую (файл SQLite в общую базу PostgreSQL и обратно) с проверкой числа строк и контрольных сумм каждой таблицы</translation>
    </message>
    <message>
        <source>Copies every record from --from into --to in one transaction on the target. Before it commits, each table's row count and SHA-256 over its rows are compared between the two; any difference rolls the copy back. The target must be empty (a new file or a new database) unless --replace. Passwords come from the system keyring (hashpledge db-password) or are asked for.</source>
        <translation>Копирует все записи из --from в --to одной транзакцией в целевой базе. Перед её фиксацией для каждой таблицы сравниваются число строк и SHA-256 по её строкам в обеих базах; любое расхождение откатывает копирование. Целевая база должна быть пустой (новый файл или новая база), если не указан --replace. Пароли берутся из системного хранилища паролей (hashpledge db-password) или запрашиваются.</translation>
    </message>
    <message>
        <source>the database to copy (it is not changed)</source>
        <translation>база данных, которую копировать (она не изменяется)</translation>
    </message>
    <message>
        <source>where to copy it: a new SQLite file or an empty PostgreSQL database</source>
        <translation>куда копировать: новый файл SQLite или пустая база PostgreSQL</translation>
    </message>
    <message>
        <source>empty the target first when it holds records</source>
        <translation>сначала очистить целевую базу, если в ней есть записи</translation>
    </message>
    <message>
        <source>save the password of a shared database in the system keyring (asked on the terminal, checked against the server first), or --forget it</source>
        <translation>сохранить пароль общей базы данных в системном хранилище паролей (запрашивается в терминале и сначала проверяется на сервере) или удалить его (--forget)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>АДРЕС</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/name</source>
        <translation>postgresql://пользователь@хост:порт/имя</translation>
    </message>
    <message>
        <source>remove the saved password</source>
        <translation>удалить сохранённый пароль</translation>
    </message>
    <message>
        <source>copying {0}: {1} %</source>
        <translation>копирование {0}: {1} %</translation>
    </message>
    <message>
        <source>Copied {0} rows from {1} to {2} in {3:.1f} s.</source>
        <translation>Скопировано строк: {0}, из {1} в {2} за {3:.1f} с.</translation>
    </message>
    <message>
        <source>{0:&lt;16} {1:&gt;9} {2:&gt;9}  {3}</source>
        <translation>{0:&lt;16} {1:&gt;9} {2:&gt;9}  {3}</translation>
    </message>
    <message>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>source</source>
        <translation>откуда</translation>
    </message>
    <message>
        <source>target</source>
        <translation>куда</translation>
    </message>
    <message>
        <source>SHA-256 (equal on both)</source>
        <translation>SHA-256 (одинакова в обеих)</translation>
    </message>
    <message>
        <source>All tables match.</source>
        <translation>Все таблицы совпадают.</translation>
    </message>
    <message>
        <source>{0}: a password is kept only for a server address (postgresql://user@host:port/name)</source>
        <translation>{0}: пароль хранится только для адреса сервера (postgresql://пользователь@хост:порт/имя)</translation>
    </message>
    <message>
        <source>Password for {0} removed from the keyring.</source>
        <translation>Пароль для {0} удалён из хранилища паролей.</translation>
    </message>
    <message>
        <source>No password for {0} was saved.</source>
        <translation>Пароль для {0} не был сохранён.</translation>
    </message>
    <message>
        <source>Do not put the password in the address; it is asked for.</source>
        <translation>Не указывайте пароль в адресе: он будет запрошен.</translation>
    </message>
    <message>
        <source>the password is asked for on a terminal; run this command in one</source>
        <translation>пароль запрашивается в терминале; запустите эту команду в терминале</translation>
    </message>
    <message>
        <source>Password for {0} saved in the system keyring.</source>
        <translation>Пароль для {0} сохранён в системном хранилище паролей.</translation>
    </message>
</context>
<context>
    <name>CliMining</name>
    <message>
        <source>mining calculator: BTC, revenue, energy cost and profit per day and over a horizon</source>
        <translation>калькулятор майнинга: BTC, выручка, стоимость электроэнергии и прибыль в сутки и за горизонт расчёта</translation>
    </message>
    <message>
        <source>Expected BTC/day = H × 86400 × (subsidy + fees) ÷ (difficulty × 2^32) × (1 − pool fee) × uptime. The BTC price and the tariff stay flat over the horizon; difficulty grows by the monthly rate (smoothly, day by day) and the subsidy halves on the halving dates.</source>
        <translation>Ожидаемая добыча BTC/сутки = H × 86400 × (награда за блок + комиссии) ÷ (сложность × 2^32) × (1 − комиссия пула) × время работы. Цена BTC и тариф неизменны на всём горизонте; сложность растёт с заданным месячным темпом (плавно, день за днём), а награда за блок уменьшается вдвое в даты халвинга.</translation>
    </message>
    <message>
        <source>hashrate in TH/s</source>
        <translation>хешрейт в TH/s</translation>
    </message>
    <message>
        <source>power draw in watts</source>
        <translation>потребляемая мощность в ваттах</translation>
    </message>
    <message>
        <source>electricity price per kWh, in --currency</source>
        <translation>цена электроэнергии за кВт·ч в валюте --currency</translation>
    </message>
    <message>
        <source>USD, RUB or EUR</source>
        <translation>USD, RUB или EUR</translation>
    </message>
    <message>
        <source>BTC price in --currency (default: the bundled close at --date or the latest; USD and RUB only)</source>
        <translation>цена BTC в валюте --currency (по умолчанию: встроенная цена закрытия на --date или последняя; только USD и RUB)</translation>
    </message>
    <message>
        <source>network difficulty, e.g. 133793147307543 or 1.338e14 (default: the latest bundled)</source>
        <translation>сложность сети, например 133793147307543 или 1.338e14 (по умолчанию: последняя из встроенной истории)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>take the difficulty (and the default price) from the bundled history on this day; the projection starts on this day (otherwise today)</source>
        <translation>взять сложность (и цену по умолчанию) из встроенной истории на этот день; расчёт начинается с этого дня (иначе с сегодняшнего)</translation>
    </message>
    <message>
        <source>transaction fees per block (default 0)</source>
        <translation>комиссии транзакций на блок (по умолчанию 0)</translation>
    </message>
    <message>
        <source>pool fee in percent (default 0)</source>
        <translation>комиссия пула в процентах (по умолчанию 0)</translation>
    </message>
    <message>
        <source>uptime in percent (default 100)</source>
        <translation>время работы в процентах (по умолчанию 100)</translation>
    </message>
    <message>
        <source>horizon in days (default 30)</source>
        <translation>горизонт расчёта в днях (по умолчанию 30)</translation>
    </message>
    <message>
        <source>difficulty growth in percent per month, may be negative (default 0)</source>
        <translation>рост сложности в процентах в месяц, может быть отрицательным (по умолчанию 0)</translation>
    </message>
    <message>
        <source>price of the hardware, for the payback period</source>
        <translation>цена оборудования, для срока окупаемости</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>машиночитаемый вывод</translation>
    </message>
    <message>
        <source>--date: '{0}' is not a date (YYYY-MM-DD)</source>
        <translation>--date: «{0}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>--hashrate-th: the hashrate must be positive</source>
        <translation>--hashrate-th: хешрейт должен быть больше нуля</translation>
    </message>
    <message>
        <source>--days: '{0}' is not a whole number</source>
        <translation>--days: «{0}» — не целое число</translation>
    </message>
    <message>
        <source>--days: must be from 1 to {0}</source>
        <translation>--days: должно быть от 1 до {0}</translation>
    </message>
    <message>
        <source>--difficulty: the difficulty must be positive</source>
        <translation>--difficulty: сложность должна быть больше нуля</translation>
    </message>
    <message>
        <source>given</source>
        <translation>задана</translation>
    </message>
    <message>
        <source>bundled history {0}</source>
        <translation>встроенная история, {0}</translation>
    </message>
    <message>
        <source>bundled BTC/USD close {0}</source>
        <translation>встроенная цена закрытия BTC/USD, {0}</translation>
    </message>
    <message>
        <source>bundled BTC/USD close × Bank of Russia USD/RUB {0}</source>
        <translation>встроенная цена закрытия BTC/USD × курс USD/RUB Банка России, {0}</translation>
    </message>
    <message>
        <source>{0} TH/s, {1} W, tariff {2} {3}/kWh, BTC price {4} {3} ({5})</source>
        <translation>{0} TH/s, {1} Вт, тариф {2} {3}/кВт·ч, цена BTC {4} {3} ({5})</translation>
    </message>
    <message>
        <source>difficulty {0} ({1}), growth {2} %/month</source>
        <translation>сложность {0} ({1}), рост {2} %/мес.</translation>
    </message>
    <message>
        <source>pool fee {0} %, uptime {1} %, fees/block {2} BTC, subsidy {3} BTC; from {4}, price flat</source>
        <translation>комиссия пула {0} %, время работы {1} %, комиссии/блок {2} BTC, награда за блок {3} BTC; с {4}, цена неизменна</translation>
    </message>
    <message>
        <source>halving within the horizon: {0}</source>
        <translation>халвинг в пределах горизонта: {0}</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>в сутки</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дн.</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} дн.</translation>
    </message>
    <message>
        <source>revenue, {0}</source>
        <translation>выручка, {0}</translation>
    </message>
    <message>
        <source>energy, kWh</source>
        <translation>электроэнергия, кВт·ч</translation>
    </message>
    <message>
        <source>energy cost, {0}</source>
        <translation>стоимость электроэнергии, {0}</translation>
    </message>
    <message>
        <source>profit, {0}</source>
        <translation>прибыль, {0}</translation>
    </message>
    <message>
        <source>not within 10 years</source>
        <translation>не в пределах 10 лет</translation>
    </message>
    <message>
        <source>break-even BTC price</source>
        <translation>цена BTC безубыточности</translation>
    </message>
    <message>
        <source>break-even tariff</source>
        <translation>тариф безубыточности</translation>
    </message>
    <message>
        <source> {0}/kWh</source>
        <translation> {0}/кВт·ч</translation>
    </message>
    <message>
        <source>hashprice</source>
        <translation>hashprice</translation>
    </message>
    <message>
        <source>{0} {1}/TH/day ({2} {1}/PH/day)</source>
        <translation>{0} {1}/TH/сут. ({2} {1}/PH/сут.)</translation>
    </message>
    <message>
        <source>cost to mine 1 BTC ({0} days)</source>
        <translation>себестоимость добычи 1 BTC ({0} дн.)</translation>
    </message>
    <message>
        <source>payback of {0} {1}</source>
        <translation>окупаемость {0} {1}</translation>
    </message>
</context>
<context>
    <name>CliPackage</name>
    <message>
        <source>FILE.zip</source>
        <translation>ФАЙЛ.zip</translation>
    </message>
    <message>
        <source>make the bank package of a profile: report.pdf, CSVs, package.json, checksums (and a signature) in one ZIP</source>
        <translation>собрать пакет документов профиля для банка: report.pdf, файлы CSV, package.json, контрольные суммы (и подпись) в одном ZIP</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>имя профиля</translation>
    </message>
    <message>
        <source>a saved simulation's number</source>
        <translation>номер сохранённого расчёта кредита</translation>
    </message>
    <message>
        <source>an offer id (instead of --simulation)</source>
        <translation>id предложения (вместо --simulation)</translation>
    </message>
    <message>
        <source>amount to borrow, in the offer's currency (with --offer)</source>
        <translation>сумма кредита в валюте предложения (вместе с --offer)</translation>
    </message>
    <message>
        <source>default: the offer's default term</source>
        <translation>по умолчанию: срок по умолчанию из предложения</translation>
    </message>
    <message>
        <source>language of the report (default en)</source>
        <translation>язык отчёта (по умолчанию en)</translation>
    </message>
    <message>
        <source>months of history (default 12)</source>
        <translation>месяцев истории (по умолчанию 12)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>attach a file (repeatable)</source>
        <translation>приложить файл (можно повторять)</translation>
    </message>
    <message>
        <source>ADDRESS=SIGNATURE</source>
        <translation>АДРЕС=ПОДПИСЬ</translation>
    </message>
    <message>
        <source>signed proof of control of an address (repeatable)</source>
        <translation>подписанное подтверждение владения адресом (можно повторять)</translation>
    </message>
    <message>
        <source>sign the package with your Ed25519 key</source>
        <translation>подписать пакет вашим ключом Ed25519</translation>
    </message>
    <message>
        <source>where to write the package</source>
        <translation>куда записать пакет</translation>
    </message>
    <message>
        <source>check a bank package: checksums, signature, package.json</source>
        <translation>проверить пакет для банка: контрольные суммы, подпись, package.json</translation>
    </message>
    <message>
        <source>require a signature by this public key (PEM)</source>
        <translation>требовать подпись этим открытым ключом (PEM)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>машиночитаемый вывод</translation>
    </message>
    <message>
        <source>give either --simulation ID or --offer ID --amount A, not both</source>
        <translation>укажите либо --simulation ID, либо --offer ID --amount A, но не то и другое вместе</translation>
    </message>
    <message>
        <source>say which loan: --simulation ID, or --offer ID --amount A</source>
        <translation>укажите кредит: --simulation ID или --offer ID --amount A</translation>
    </message>
    <message>
        <source>--period-months must be at least 1</source>
        <translation>--period-months должно быть не меньше 1</translation>
    </message>
    <message>
        <source>--proof: '{0}' is not ADDRESS=SIGNATURE</source>
        <translation>--proof: «{0}» не имеет вида АДРЕС=ПОДПИСЬ</translation>
    </message>
    <message>
        <source>{0}: {1} pages, package {2}</source>
        <translation>{0}: страниц: {1}, пакет {2}</translation>
    </message>
    <message>
        <source>signed; key fingerprint {0}</source>
        <translation>подписан; отпечаток ключа {0}</translation>
    </message>
    <message>
        <source>proof of control of {0}: {1}</source>
        <translation>подтверждение владения адресом {0}: {1}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>НЕ подтверждено</translation>
    </message>
    <message>
        <source>{0}: cannot read ({1})</source>
        <translation>{0}: не удаётся прочитать ({1})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>проверка пройдена</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>проверка НЕ пройдена</translation>
    </message>
    <message>
        <source>package {0} created {1}</source>
        <translation>пакет {0} создан {1}</translation>
    </message>
    <message>
        <source>applicant: {0} (INN {1})</source>
        <translation>заявитель: {0} (ИНН {1})</translation>
    </message>
    <message>
        <source>loan: {0} {1} over {2} months, offer {3}</source>
        <translation>кредит: {0} {1} на {2} мес., предложение {3}</translation>
    </message>
    <message>
        <source>signed, key fingerprint {0}</source>
        <translation>подписан, отпечаток ключа {0}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>{0} files: {1}</source>
        <translation>файлы ({0}): {1}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>проблема: {0}</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>In {0} the farm used {1} kWh, more than the {2} kWh a month an individual may use for mining without registering in the FNS registry of miners.</source>
        <translation>За {0} ферма потребила {1} кВт·ч — больше {2} кВт·ч в месяц, которые физическое лицо может расходовать на майнинг без включения в реестр майнеров ФНС.</translation>
    </message>
    <message>
        <source>Sole traders and companies may mine only once included in the FNS registry of miners (required since {0}); no registry entry is recorded.</source>
        <translation>ИП и юридические лица вправе заниматься майнингом только после включения в реестр майнеров ФНС (обязательно с {0}); запись в реестре не указана.</translation>
    </message>
    <message>
        <source>Mining is banned in {0} from {1} to {2}: the site “{3}” may not mine there during that time.</source>
        <translation>Майнинг запрещён в регионе «{0}» с {1} по {2}: на площадке «{3}» в этот период майнить нельзя.</translation>
    </message>
    <message>
        <source>May be affected: mining is banned in parts of {0} from {1} to {2} (a seasonal ban); check whether the site “{3}” lies in one of the listed districts.</source>
        <translation>Возможно ограничение: в части районов региона «{0}» майнинг запрещён с {1} по {2} (сезонный запрет); проверьте, не находится ли площадка «{3}» в одном из перечисленных районов.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Deleted by someone else</source>
        <translation>Удалено другим пользователем</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Someone else deleted this record.</source>
        <translation>Кто-то другой удалил эту запись.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no record to save your changes to any more. The list shows the records as they are now.</source>
        <translation>Ничего не сохранено: записи, в которую можно сохранить ваши изменения, больше нет. В списке показаны записи в их нынешнем виде.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Your values are the same as the ones saved now.</source>
        <translation>Ваши значения совпадают с сохранёнными сейчас.</translation>
    </message>
    <message>
        <source>“Use their values” puts the saved values in the form, for you to review and save again. “Keep mine and save” replaces the saved values with yours.</source>
        <translation>«Взять их значения» переносит сохранённые значения в форму — проверьте их и сохраните снова. «Оставить мои и сохранить» заменяет сохранённые значения вашими.</translation>
    </message>
    <message>
        <source>&amp;Use their values</source>
        <translation>&amp;Взять их значения</translation>
    </message>
    <message>
        <source>&amp;Keep mine and save</source>
        <translation>&amp;Оставить мои и сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Fill the form with the values saved now; nothing is saved yet</source>
        <translation>Заполнить форму сохранёнными сейчас значениями; пока ничего не сохраняется</translation>
    </message>
    <message>
        <source>Save your values over the ones saved now</source>
        <translation>Сохранить ваши значения вместо сохранённых сейчас</translation>
    </message>
    <message>
        <source>Back to the form; nothing is changed</source>
        <translation>Вернуться к форме; ничего не меняется</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Сохранено сейчас</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Подключение к общей базе данных</translation>
    </message>
    <message>
        <source>Copy to a shared database</source>
        <translation>Копирование в общую базу данных</translation>
    </message>
    <message>
        <source>Advisors of a bank can share one HashPledge database on a PostgreSQL server. Your administrator gives you its address and your user name.</source>
        <translation>Консультанты банка могут работать с одной общей базой HashPledge на сервере PostgreSQL. Адрес сервера и имя пользователя сообщает администратор.</translation>
    </message>
    <message>
        <source>The database to copy into, on a PostgreSQL server: best a new, empty one. Your administrator gives you its address and your user name.</source>
        <translation>База данных на сервере PostgreSQL, в которую копировать, — лучше новая, пустая. Её адрес и имя пользователя сообщает администратор.</translation>
    </message>
    <message>
        <source>db.bank.local</source>
        <translation>db.bank.local</translation>
    </message>
    <message>
        <source>hashpledge</source>
        <translation>hashpledge</translation>
    </message>
    <message>
        <source>empty: the one saved in the keyring, if any</source>
        <translation>пусто — сохранённый в хранилище паролей, если есть</translation>
    </message>
    <message>
        <source>&amp;Server (host):</source>
        <translation>&amp;Сервер (хост):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>&amp;Имя базы данных:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Saved by the operating system (Windows Credential Manager, macOS Keychain, GNOME or KDE keyring), never in a HashPledge file.</source>
        <translation>Хранится операционной системой (диспетчер учётных данных Windows, связка ключей macOS, хранилище паролей GNOME или KDE), никогда не в файле HashPledge.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Enter the server's host name or IP address.</source>
        <translation>Укажите имя хоста или IP-адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Укажите имя базы данных.</translation>
    </message>
    <message>
        <source>Enter your user name on the database server.</source>
        <translation>Укажите имя пользователя на сервере базы данных.</translation>
    </message>
    <message>
        <source>The connection works: {0}</source>
        <translation>Подключение работает: {0}</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Подключение к {0}…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Energy records</source>
        <translation>Записи по электроэнергии</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Disposals</source>
        <translation>Выбытие BTC</translation>
    </message>
    <message>
        <source>Wallet addresses</source>
        <translation>Адреса кошельков</translation>
    </message>
    <message>
        <source>Market prices</source>
        <translation>Рыночные цены</translation>
    </message>
    <message>
        <source>Network statistics</source>
        <translation>Статистика сети</translation>
    </message>
    <message>
        <source>Wallet transactions</source>
        <translation>Транзакции кошельков</translation>
    </message>
    <message>
        <source>Data source status</source>
        <translation>Состояние источников данных</translation>
    </message>
    <message>
        <source>Loan offers</source>
        <translation>Кредитные предложения</translation>
    </message>
    <message>
        <source>Saved calculations</source>
        <translation>Сохранённые расчёты</translation>
    </message>
    <message>
        <source>Bank packages</source>
        <translation>Пакеты для банка</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Daily payout totals (rebuilt)</source>
        <translation>Итоги выплат по дням (пересчитаны)</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Файл: {0}</translation>
    </message>
    <message>
        <source>Shared server: {0}</source>
        <translation>Общий сервер: {0}</translation>
    </message>
    <message>
        <source>Copy into a file</source>
        <translation>Копирование в файл</translation>
    </message>
    <message>
        <source>HashPledge database (*.sqlite3);;All files (*)</source>
        <translation>База данных HashPledge (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Copy the database</source>
        <translation>Копирование базы данных</translation>
    </message>
    <message>
        <source>Copies every record of the database in use into another one — a bank's shared database on a server, or a file on this computer. Every table is checked (row counts and checksums) before the copy is saved; the database in use is not changed.</source>
        <translation>Копирует все записи текущей базы данных в другую — общую базу банка на сервере или файл на этом компьютере. Перед сохранением копии проверяется каждая таблица (число строк и контрольные суммы); текущая база данных не изменяется.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <source>A &amp;shared database…</source>
        <translation>&amp;Общая база данных…</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, best a new, empty one.</source>
        <translation>База данных на сервере PostgreSQL — лучше новая, пустая.</translation>
    </message>
    <message>
        <source>A new &amp;file…</source>
        <translation>Новый &amp;файл…</translation>
    </message>
    <message>
        <source>A new database file on this computer.</source>
        <translation>Новый файл базы данных на этом компьютере.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>S&amp;witch to the copy now</source>
        <translation>&amp;Перейти на копию</translation>
    </message>
    <message>
        <source>Work on the copy from now on; it is also opened at the next start.</source>
        <translation>Работать с копией с этого момента; она же откроется при следующем запуске.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a shared database or a new file.</source>
        <translation>Выберите общую базу данных или новый файл.</translation>
    </message>
    <message>
        <source>This is the database in use; choose another file.</source>
        <translation>Это текущая база данных; выберите другой файл.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Открытие {0}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Copying: {0} ({1} of {2} rows)</source>
        <translation>Копирование: {0} ({1} из {2} строк)</translation>
    </message>
    <message>
        <source>Nothing was copied; {0} was not changed.</source>
        <translation>Ничего не скопировано; {0} не изменена.</translation>
    </message>
    <message>
        <source>Replace its contents?</source>
        <translation>Заменить её содержимое?</translation>
    </message>
    <message>
        <source>{0} already holds records ({1}).

Replace its contents by a copy of this database? Everything it holds now is deleted.</source>
        <translation>В {0} уже есть записи ({1}).

Заменить её содержимое копией этой базы данных? Всё, что в ней есть сейчас, будет удалено.</translation>
    </message>
    <message>
        <source>checksums match</source>
        <translation>контрольные суммы совпадают</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <source>Copied {0} rows into {1}. Every table was checked before the copy was saved: the row counts and checksums match.</source>
        <translation>Скопировано строк: {0}, в {1}. Перед сохранением копии проверена каждая таблица: число строк и контрольные суммы совпадают.</translation>
    </message>
    <message>
        <source>Replacing the contents of {0}…</source>
        <translation>Замена содержимого {0}…</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Подготовка копирования…</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>INN is empty</source>
        <translation>ИНН не указан</translation>
    </message>
    <message>
        <source>INN must contain digits only</source>
        <translation>ИНН должен состоять только из цифр</translation>
    </message>
    <message>
        <source>INN of this legal form must have {0} digits, not {1}</source>
        <translation>ИНН для этой правовой формы должен содержать {0} цифр, а не {1}</translation>
    </message>
    <message>
        <source>INN check digit is wrong</source>
        <translation>Неверная контрольная цифра ИНН</translation>
    </message>
    <message>
        <source>INN 11th (check) digit is wrong</source>
        <translation>Неверная 11-я (контрольная) цифра ИНН</translation>
    </message>
    <message>
        <source>INN 12th (check) digit is wrong</source>
        <translation>Неверная 12-я (контрольная) цифра ИНН</translation>
    </message>
    <message>
        <source>INN must have 10 or 12 digits, not {0}</source>
        <translation>ИНН должен содержать 10 или 12 цифр, а не {0}</translation>
    </message>
    <message>
        <source>empty amount</source>
        <translation>сумма не указана</translation>
    </message>
    <message>
        <source>'{0}' has more than one decimal comma</source>
        <translation>в «{0}» больше одной десятичной запятой</translation>
    </message>
    <message>
        <source>'{0}' is not a number</source>
        <translation>«{0}» — не число</translation>
    </message>
    <message>
        <source>'{0}' is not a finite number</source>
        <translation>«{0}» — не конечное число</translation>
    </message>
    <message>
        <source>'{0}' is not a number: digits must be grouped by three</source>
        <translation>«{0}» — не число: цифры группируются по три</translation>
    </message>
    <message>
        <source>'{0}' is not a number: it mixes commas and points</source>
        <translation>«{0}» — не число: запятые и точки перемешаны</translation>
    </message>
    <message>
        <source>'{0}' is ambiguous: write {1} or {2}</source>
        <translation>«{0}» можно понять двояко: напишите {1} или {2}</translation>
    </message>
    <message>
        <source>'{0}' must be a whole number</source>
        <translation>«{0}»: нужно целое число</translation>
    </message>
    <message>
        <source>'{0}' has more than {1} decimals</source>
        <translation>в «{0}» больше {1} знаков после запятой</translation>
    </message>
    <message>
        <source>'{0}' is negative</source>
        <translation>«{0}» — отрицательное число</translation>
    </message>
    <message>
        <source>'{0}' has more than 8 decimals (smaller than one satoshi)</source>
        <translation>в «{0}» больше 8 знаков после запятой (меньше одного сатоши)</translation>
    </message>
    <message>
        <source>'{0}' is more than 21 million BTC</source>
        <translation>«{0}» — больше 21 миллиона BTC</translation>
    </message>
    <message>
        <source>unknown currency '{0}' (known: {1})</source>
        <translation>неизвестная валюта «{0}» (известны: {1})</translation>
    </message>
    <message>
        <source>{0} {1} is finer than the currency's minor unit</source>
        <translation>{0} {1} — точнее минимальной единицы валюты</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>адрес не указан</translation>
    </message>
    <message>
        <source>the address contains a space</source>
        <translation>адрес содержит пробел</translation>
    </message>
    <message>
        <source>the address contains an invalid character "{0}"</source>
        <translation>адрес содержит недопустимый символ «{0}»</translation>
    </message>
    <message>
        <source>the address mixes upper and lower case letters</source>
        <translation>в адресе смешаны заглавные и строчные буквы</translation>
    </message>
    <message>
        <source>the checksum is wrong (a typo?)</source>
        <translation>неверная контрольная сумма (опечатка?)</translation>
    </message>
    <message>
        <source>the address has the wrong length</source>
        <translation>неверная длина адреса</translation>
    </message>
    <message>
        <source>unknown address prefix "{0}"</source>
        <translation>неизвестный префикс адреса «{0}»</translation>
    </message>
    <message>
        <source>invalid segwit version {0}</source>
        <translation>недопустимая версия SegWit {0}</translation>
    </message>
    <message>
        <source>the address is malformed</source>
        <translation>неверный формат адреса</translation>
    </message>
    <message>
        <source>a segwit version {0} address must use {1}, not {2}</source>
        <translation>адрес SegWit версии {0} должен быть в кодировке {1}, а не {2}</translation>
    </message>
    <message>
        <source>this is a {0} address, expected {1}</source>
        <translation>это адрес сети {0}, а ожидается {1}</translation>
    </message>
    <message>
        <source>this looks like a private key: never enter it</source>
        <translation>это похоже на закрытый ключ: никогда не вводите его</translation>
    </message>
    <message>
        <source>an extended public key is not an address</source>
        <translation>расширенный открытый ключ — это не адрес</translation>
    </message>
    <message>
        <source>offer '{0}': '{1}' is missing</source>
        <translation>предложение «{0}»: не указан ключ «{1}»</translation>
    </message>
    <message>
        <source>offer '{0}': '{1}' must be {2}</source>
        <translation>предложение «{0}»: для «{1}» ожидается {2}</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>сумма кредита должна быть больше нуля</translation>
    </message>
    <message>
        <source>the BTC price must be more than zero</source>
        <translation>цена BTC должна быть больше нуля</translation>
    </message>
    <message>
        <source>the term must be at least one month</source>
        <translation>срок должен быть не меньше одного месяца</translation>
    </message>
    <message>
        <source>the collateral cannot be negative</source>
        <translation>обеспечение не может быть отрицательным</translation>
    </message>
    <message>
        <source>an LTV threshold must be more than 0 and at most 1</source>
        <translation>порог LTV должен быть больше 0 и не больше 1</translation>
    </message>
    <message>
        <source>there is no collateral to measure the loan against</source>
        <translation>нет обеспечения, с которым можно соотнести сумму кредита</translation>
    </message>
    <message>
        <source>the rate cannot be solved for these cash flows</source>
        <translation>для этих денежных потоков ставку рассчитать невозможно</translation>
    </message>
    <message>
        <source>unknown legal form '{0}'</source>
        <translation>неизвестная правовая форма «{0}»</translation>
    </message>
    <message>
        <source>the offer is not available to individuals</source>
        <translation>предложение недоступно физическим лицам</translation>
    </message>
    <message>
        <source>the offer is not available to sole traders</source>
        <translation>предложение недоступно индивидуальным предпринимателям</translation>
    </message>
    <message>
        <source>the offer is not available to companies</source>
        <translation>предложение недоступно юридическим лицам</translation>
    </message>
    <message>
        <source>the offer requires an entry in the FNS registry of miners</source>
        <translation>для предложения нужна запись в реестре майнеров ФНС</translation>
    </message>
    <message>
        <source>the offer requires at least {0} months in the registry of miners; registered for {1}</source>
        <translation>для предложения нужно состоять в реестре майнеров не меньше {0} мес.; в реестре — {1} мес.</translation>
    </message>
    <message>
        <source>the offer requires at least {0} months in the registry of miners; the registration date is not given</source>
        <translation>для предложения нужно состоять в реестре майнеров не меньше {0} мес.; дата внесения в реестр не указана</translation>
    </message>
    <message>
        <source>the amount is below the offer's minimum of {0} {1}</source>
        <translation>сумма меньше минимальной по предложению: {0} {1}</translation>
    </message>
    <message>
        <source>the amount is above the offer's maximum of {0} {1}</source>
        <translation>сумма больше максимальной по предложению: {0} {1}</translation>
    </message>
    <message>
        <source>the term must be from {0} to {1} months for this offer</source>
        <translation>срок по этому предложению — от {0} до {1} мес.</translation>
    </message>
    <message>
        <source>the collateral is not enough: LTV {0} % is above the offer's {1} %</source>
        <translation>обеспечения недостаточно: LTV {0} % выше допустимого по предложению ({1} %)</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the useful life must be at least one month</source>
        <translation>срок полезного использования должен быть не меньше одного месяца</translation>
    </message>
    <message>
        <source>the price cannot be negative</source>
        <translation>цена не может быть отрицательной</translation>
    </message>
    <message>
        <source>hashrate must be positive</source>
        <translation>хешрейт должен быть больше нуля</translation>
    </message>
    <message>
        <source>unknown energy record kind '{0}'</source>
        <translation>неизвестный вид записи по электроэнергии «{0}»</translation>
    </message>
    <message>
        <source>the reading of {0} ({1} kWh) is lower than the one of {2} ({3} kWh); counted as a new meter</source>
        <translation>показание от {0} ({1} кВт·ч) меньше показания от {2} ({3} кВт·ч); учтено как новый счётчик</translation>
    </message>
    <message>
        <source>power must not be negative</source>
        <translation>мощность не может быть отрицательной</translation>
    </message>
    <message>
        <source>tariff must not be negative</source>
        <translation>тариф не может быть отрицательным</translation>
    </message>
    <message>
        <source>BTC price must not be negative</source>
        <translation>цена BTC не может быть отрицательной</translation>
    </message>
    <message>
        <source>difficulty must be positive</source>
        <translation>сложность должна быть больше нуля</translation>
    </message>
    <message>
        <source>fees per block must not be negative</source>
        <translation>комиссии за блок не могут быть отрицательными</translation>
    </message>
    <message>
        <source>pool fee must be from 0 to below 100 %</source>
        <translation>комиссия пула должна быть не меньше 0 и меньше 100 %</translation>
    </message>
    <message>
        <source>uptime must be above 0 and at most 100 %</source>
        <translation>время работы должно быть больше 0 и не больше 100 %</translation>
    </message>
    <message>
        <source>days must be a whole number from 1 to {0}</source>
        <translation>число дней должно быть целым, от 1 до {0}</translation>
    </message>
    <message>
        <source>difficulty growth must be above -100 % per month</source>
        <translation>рост сложности должен быть больше -100 % в месяц</translation>
    </message>
    <message>
        <source>purchase price must not be negative</source>
        <translation>цена покупки не может быть отрицательной</translation>
    </message>
    <message>
        <source>the history is shorter than the loan</source>
        <translation>история цен короче срока кредита</translation>
    </message>
    <message>
        <source>no start date in the window has its full term in the history</source>
        <translation>ни для одной даты начала в выбранном окне в истории нет полного срока кредита</translation>
    </message>
    <message>
        <source>amount and price must be positive</source>
        <translation>сумма и цена должны быть больше нуля</translation>
    </message>
    <message>
        <source>the collateral cannot be more than the BTC held</source>
        <translation>залог не может быть больше имеющихся BTC</translation>
    </message>
    <message>
        <source>not enough BTC to sell for the amount</source>
        <translation>не хватает BTC, чтобы получить эту сумму продажей</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>cannot write the file</source>
        <translation>не удаётся записать файл</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <source>line {line}, column “{column}”: {reason}</source>
        <translation>строка {line}, столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {count} error(s):</source>
        <translation>{file}: ничего не импортировано, ошибок: {count}:</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … и ещё {count}</translation>
    </message>
    <message>
        <source>unknown {0} field(s) in the mapping: {1}</source>
        <translation>неизвестные поля ({0}) в сопоставлении: {1}</translation>
    </message>
    <message>
        <source>cannot open the file ({error})</source>
        <translation>не удаётся открыть файл ({error})</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 mark but is not valid UTF-8 (byte {offset})</source>
        <translation>файл начинается с метки UTF-8, но не является корректным UTF-8 (байт {offset})</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1251 text (byte {offset})</source>
        <translation>файл не является текстом ни в UTF-8, ни в Windows-1251 (байт {offset})</translation>
    </message>
    <message>
        <source>the file is empty: no header line</source>
        <translation>файл пуст: нет строки заголовков</translation>
    </message>
    <message>
        <source>“{value}” is too long for a number</source>
        <translation>«{value}» слишком длинно для числа</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>“{value}” is negative</source>
        <translation>«{value}» — отрицательное число</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>должно быть больше нуля</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <source>{value} W is more than one machine draws</source>
        <translation>{value} Вт — больше, чем потребляет одно устройство</translation>
    </message>
    <message>
        <source>“{value}” has more than 8 decimals (less than one satoshi)</source>
        <translation>в «{value}» больше 8 знаков после запятой (меньше одного сатоши)</translation>
    </message>
    <message>
        <source>“{value}” is more than 21 million BTC</source>
        <translation>«{value}» — больше 21 миллиона BTC</translation>
    </message>
    <message>
        <source>“{value}” has more decimals than {currency} has (kopecks, cents)</source>
        <translation>в «{value}» больше знаков после запятой, чем допускает {currency} (копейки, центы)</translation>
    </message>
    <message>
        <source>“{value}” is too large</source>
        <translation>«{value}» — слишком большое значение</translation>
    </message>
    <message>
        <source>unknown currency “{value}” (known: {known})</source>
        <translation>неизвестная валюта «{value}» (известны: {known})</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>«{value}» — не дата (используйте ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>“{value}” is not a calendar date</source>
        <translation>«{value}» — несуществующая дата</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} — дата в будущем</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>содержит символ NUL</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <source>“{value}” is not yes/no (use true or false)</source>
        <translation>«{value}» — не да/нет (используйте true или false)</translation>
    </message>
    <message>
        <source>unknown value “{value}” (allowed: {allowed})</source>
        <translation>неизвестное значение «{value}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <source>“{value}” is not a transaction id (64 hexadecimal characters)</source>
        <translation>«{value}» — не идентификатор транзакции (64 шестнадцатеричных символа)</translation>
    </message>
    <message>
        <source>empty: a value is required</source>
        <translation>пусто: значение обязательно</translation>
    </message>
    <message>
        <source>unknown site “{value}” (known: {known})</source>
        <translation>неизвестная площадка «{value}» (есть: {known})</translation>
    </message>
    <message>
        <source>unknown site “{value}”: this profile has no sites yet</source>
        <translation>неизвестная площадка «{value}»: у профиля пока нет площадок</translation>
    </message>
    <message>
        <source>empty, and model “{model}” is not in the catalogue</source>
        <translation>пусто, а модели «{model}» нет в каталоге</translation>
    </message>
    <message>
        <source>serial “{serial}” is also on line {line}</source>
        <translation>серийный номер «{serial}» также в строке {line}</translation>
    </message>
    <message>
        <source>empty: give reading or period (or fill only one of meter_kwh and kwh)</source>
        <translation>пусто: укажите reading или period (или заполните только одно из meter_kwh и kwh)</translation>
    </message>
    <message>
        <source>empty: a reading needs the meter value</source>
        <translation>пусто: для показания нужно значение счётчика</translation>
    </message>
    <message>
        <source>only for periods: a reading has the meter value, not kWh</source>
        <translation>только для периодов: у показания значение счётчика, а не кВт·ч</translation>
    </message>
    <message>
        <source>only for periods, not readings</source>
        <translation>только для периодов, не для показаний</translation>
    </message>
    <message>
        <source>empty: a period needs its kWh</source>
        <translation>пусто: для периода нужны кВт·ч</translation>
    </message>
    <message>
        <source>only for readings: a period has kWh, not the meter value</source>
        <translation>только для показаний: у периода кВт·ч, а не значение счётчика</translation>
    </message>
    <message>
        <source>only for readings, not periods</source>
        <translation>только для показаний, не для периодов</translation>
    </message>
    <message>
        <source>{start} is after the end of the period {end}</source>
        <translation>{start} позже конца периода {end}</translation>
    </message>
    <message>
        <source>the {kind} of {day} for this site is also on line {line}</source>
        <translation>запись {kind} за {day} для этой площадки также в строке {line}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>в базе данных</translation>
    </message>
    <message>
        <source>reading {value} is lower than the previous reading {previous} of {day} ({where}); set meter_replaced if the meter was replaced</source>
        <translation>показание {value} меньше предыдущего {previous} от {day} ({where}); укажите meter_replaced, если счётчик заменён</translation>
    </message>
    <message>
        <source>reading {value} is higher than the next reading {next} of {day} (in the database) of site “{site}”</source>
        <translation>показание {value} больше следующего {next} от {day} (в базе данных) площадки «{site}»</translation>
    </message>
    <message>
        <source>the same txid is on line {line}</source>
        <translation>тот же txid в строке {line}</translation>
    </message>
    <message>
        <source>no such column in the file (mapped to {field})</source>
        <translation>такого столбца в файле нет (сопоставлен с {field})</translation>
    </message>
    <message>
        <source>this header appears {count} times: rename the columns</source>
        <translation>этот заголовок встречается {count} раз(а): переименуйте столбцы</translation>
    </message>
    <message>
        <source>required column missing (headers: {headers})</source>
        <translation>нет обязательного столбца (заголовки: {headers})</translation>
    </message>
    <message>
        <source>the row is cut short: {count} of {width} cells</source>
        <translation>строка обрезана: {count} из {width} ячеек</translation>
    </message>
    <message>
        <source>the row has {count} cells, the header {width}</source>
        <translation>в строке {count} ячеек, в заголовке {width}</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>не удаётся прочитать файл: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Holdings</source>
        <translation>Остаток BTC</translation>
    </message>
    <message>
        <source>Mined, last 30 days</source>
        <translation>Добыто за 30 дней</translation>
    </message>
    <message>
        <source>Fleet running</source>
        <translation>Работающий парк</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>Cost to mine 1 BTC</source>
        <translation>Себестоимость 1 BTC</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соответствие законодательству</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No profile yet&lt;/h2&gt;&lt;p&gt;Add a profile (Profile ▸ New profile) or fill the demo with &lt;code&gt;hashpledge demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Профилей пока нет&lt;/h2&gt;&lt;p&gt;Добавьте профиль (Профиль ▸ Новый профиль) или заполните демо-данные командой &lt;code&gt;hashpledge demo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>registry entry {0} of {1}</source>
        <translation>запись в реестре № {0} от {1}</translation>
    </message>
    <message>
        <source>registry entry {0}</source>
        <translation>запись в реестре № {0}</translation>
    </message>
    <message>
        <source>not in the miners' registry</source>
        <translation>нет в реестре майнеров</translation>
    </message>
    <message>
        <source>{0} · INN {1} · {2} · {3} · figures as of {4}</source>
        <translation>{0} · ИНН {1} · {2} · {3} · данные на {4}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>at {0} per BTC ({1})</source>
        <translation>по {0} за BTC ({1})</translation>
    </message>
    <message>
        <source>no {0} price known offline</source>
        <translation>цена в {0} офлайн неизвестна</translation>
    </message>
    <message>
        <source>{0} TH/s</source>
        <translation>{0} TH/s</translation>
    </message>
    <message>
        <source>{0} machines, {1} kW, {2} J/TH</source>
        <translation>устройств: {0}, {1} кВт, {2} J/TH</translation>
    </message>
    <message>
        <source>Energy, {0}</source>
        <translation>Электроэнергия, {0}</translation>
    </message>
    <message>
        <source>{0} kWh</source>
        <translation>{0} кВт·ч</translation>
    </message>
    <message>
        <source>{0}; the running fleet should draw {1} kWh</source>
        <translation>{0}; ожидаемое потребление работающего парка — {1} кВт·ч</translation>
    </message>
    <message>
        <source>{0}; margin {1} per BTC</source>
        <translation>{0}; маржа {1} на 1 BTC</translation>
    </message>
    <message>
        <source>no full month with production yet</source>
        <translation>полного месяца с добычей пока нет</translation>
    </message>
    <message>
        <source>BTC mined per month, last 12 months</source>
        <translation>Добыто BTC по месяцам, последние 12 мес.</translation>
    </message>
    <message>
        <source>Energy cost per month, {0}, last 12 months</source>
        <translation>Затраты на электроэнергию по месяцам, {0}, последние 12 мес.</translation>
    </message>
    <message>
        <source>BTC</source>
        <translation>BTC</translation>
    </message>
    <message>
        <source>Holdings, BTC</source>
        <translation>Остаток, BTC</translation>
    </message>
    <message>
        <source>No compliance issue found for this profile.</source>
        <translation>Нарушений требований для этого профиля не найдено.</translation>
    </message>
</context>
<context>
    <name>DbAccess</name>
    <message>
        <source>the keyring module is missing ({0})</source>
        <translation>нет модуля keyring ({0})</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keyring ({0}); you will be asked for it each time.</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей ({0}); он будет запрашиваться каждый раз.</translation>
    </message>
</context>
<context>
    <name>DbCopy</name>
    <message>
        <source>{0}: the source and the target are the same database</source>
        <translation>{0}: источник и цель — одна и та же база данных</translation>
    </message>
    <message>
        <source>{0}: the target already holds records ({1}); copy into a new database, or replace its contents (--replace)</source>
        <translation>{0}: в целевой базе уже есть записи ({1}); копируйте в новую базу или замените её содержимое (--replace)</translation>
    </message>
    <message>
        <source>Copy cancelled; {0} was not changed</source>
        <translation>Копирование отменено; {0} не изменена</translation>
    </message>
    <message>
        <source>{0}: the copy differs from the source in {1}; it was rolled back</source>
        <translation>{0}: копия отличается от источника в таблицах {1}; копирование откачено</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Edit sale or transfer</source>
        <translation>Изменение продажи или перевода</translation>
    </message>
    <message>
        <source>New sale or transfer</source>
        <translation>Новая продажа или перевод</translation>
    </message>
    <message>
        <source>e.g. 0.25 or 0,25</source>
        <translation>например, 0.25 или 0,25</translation>
    </message>
    <message>
        <source>Amount in BTC, decimal comma or point, at most 8 decimals</source>
        <translation>Сумма в BTC, десятичная запятая или точка, не более 8 знаков после запятой</translation>
    </message>
    <message>
        <source>money received, before the exchange's fee</source>
        <translation>полученная сумма до вычета комиссии биржи</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>optional, 64 hexadecimal characters</source>
        <translation>необязательно, 64 шестнадцатеричных символа</translation>
    </message>
    <message>
        <source>exchange, buyer or receiving wallet</source>
        <translation>биржа, покупатель или кошелёк получателя</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Amount, BTC:</source>
        <translation>&amp;Сумма, BTC:</translation>
    </message>
    <message>
        <source>&amp;Fiat received:</source>
        <translation>&amp;Получено в валюте:</translation>
    </message>
    <message>
        <source>Exchange f&amp;ee:</source>
        <translation>&amp;Комиссия биржи:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>В&amp;алюта:</translation>
    </message>
    <message>
        <source>&amp;Transaction id:</source>
        <translation>ID &amp;транзакции:</translation>
    </message>
    <message>
        <source>Counter&amp;party:</source>
        <translation>К&amp;онтрагент:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Held at the end of {0}: {1}</source>
        <translation>Остаток на конец дня {0}: {1}</translation>
    </message>
</context>
<context>
    <name>DisposalKind</name>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Комиссия сети</translation>
    </message>
</context>
<context>
    <name>EnergyDialog</name>
    <message>
        <source>Edit energy record</source>
        <translation>Изменение записи по электроэнергии</translation>
    </message>
    <message>
        <source>New energy record</source>
        <translation>Новая запись по электроэнергии</translation>
    </message>
    <message>
        <source>Meter &amp;reading</source>
        <translation>Показание &amp;счётчика</translation>
    </message>
    <message>
        <source>The counter of the site's meter on a day; the consumption is the difference between two readings.</source>
        <translation>Значение счётчика площадки на определённый день; потребление — это разница между двумя показаниями.</translation>
    </message>
    <message>
        <source>Billed &amp;period</source>
        <translation>Период по с&amp;чёту</translation>
    </message>
    <message>
        <source>The kWh (and the amount, when billed) of a period, e.g. a month's invoice from the utility or the hosting centre.</source>
        <translation>кВт·ч (и сумма, если выставлен счёт) за период — например, месячный счёт энергосбытовой компании или хостинг-центра.</translation>
    </message>
    <message>
        <source>the counter, e.g. 150524</source>
        <translation>значение счётчика, например 150524</translation>
    </message>
    <message>
        <source>&amp;New meter installed (the counter starts again)</source>
        <translation>Установлен &amp;новый счётчик (отсчёт начинается заново)</translation>
    </message>
    <message>
        <source>e.g. 40514</source>
        <translation>например, 40514</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>The amount billed, when known; left empty, the kWh are priced at the tariff.</source>
        <translation>Сумма по счёту, если известна; если не указана, кВт·ч оцениваются по тарифу.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Площадка:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Нача&amp;ло периода:</translation>
    </message>
    <message>
        <source>Reading &amp;date:</source>
        <translation>&amp;Дата показания:</translation>
    </message>
    <message>
        <source>Meter &amp;value, kWh:</source>
        <translation>По&amp;казание, кВт·ч:</translation>
    </message>
    <message>
        <source>&amp;Consumption, kWh:</source>
        <translation>Потре&amp;бление, кВт·ч:</translation>
    </message>
    <message>
        <source>Billed &amp;amount:</source>
        <translation>С&amp;умма по счёту:</translation>
    </message>
    <message>
        <source>&amp;Tariff override:</source>
        <translation>Особый &amp;тариф:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>Конец пер&amp;иода:</translation>
    </message>
    <message>
        <source>{0} per kWh</source>
        <translation>{0} за кВт·ч</translation>
    </message>
    <message>
        <source>site's tariff: {0}</source>
        <translation>тариф площадки: {0}</translation>
    </message>
    <message>
        <source>First reading of this site.</source>
        <translation>Первое показание по этой площадке.</translation>
    </message>
    <message>
        <source>Previous reading: {0} kWh on {1}</source>
        <translation>Предыдущее показание: {0} кВт·ч от {1}</translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <source>&amp;Add record…</source>
        <translation>&amp;Добавить запись…</translation>
    </message>
    <message>
        <source>A meter reading or a billed period (Ctrl+N)</source>
        <translation>Показание счётчика или период по счёту (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected record (Ctrl+E, Enter or double-click)</source>
        <translation>Изменить выбранную запись (Ctrl+E, Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected records (Del)</source>
        <translation>Удалить выбранные записи (Del)</translation>
    </message>
    <message>
        <source>&amp;Sites…</source>
        <translation>П&amp;лощадки…</translation>
    </message>
    <message>
        <source>The profile's sites: tariffs, night tariff, monthly fee, region</source>
        <translation>Площадки профиля: тарифы, ночной тариф, ежемесячная плата, регион</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Импо&amp;рт CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Показа&amp;ть:</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>З&amp;аписи</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>По &amp;месяцам</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Показание счётчика</translation>
    </message>
    <message>
        <source>Billed period</source>
        <translation>Период по счёту</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Meter, kWh</source>
        <translation>Счётчик, кВт·ч</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Tariff override</source>
        <translation>Особый тариф</translation>
    </message>
    <message>
        <source>Meter replaced</source>
        <translation>Замена счётчика</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>First reading of a new meter: the counter starts again from this value.</source>
        <translation>Первое показание нового счётчика: отсчёт начинается заново с этого значения.</translation>
    </message>
    <message>
        <source>Priced at this tariff instead of the site's.</source>
        <translation>Рассчитано по этому тарифу вместо тарифа площадки.</translation>
    </message>
    <message>
        <source>Meter readings: the counter on the day.</source>
        <translation>Показания счётчика: значение счётчика на дату.</translation>
    </message>
    <message>
        <source>Billed periods: the consumption of the period.</source>
        <translation>Периоды по счёту: потребление за период.</translation>
    </message>
    <message>
        <source>The billed amount, when known; otherwise the energy is priced at the tariff.</source>
        <translation>Сумма по счёту, если известна; иначе электроэнергия оценивается по тарифу.</translation>
    </message>
    <message>
        <source>Per kWh, in the record's currency; empty: the site's tariff.</source>
        <translation>За кВт·ч, в валюте записи; пусто — тариф площадки.</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0} differs by more than {1} %</source>
        <translation>{0} отклонение больше {1} %</translation>
    </message>
    <message>
        <source>no records yet</source>
        <translation>записей пока нет</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Metered, kWh</source>
        <translation>По счётчику, кВт·ч</translation>
    </message>
    <message>
        <source>Expected, kWh</source>
        <translation>Ожидаемое, кВт·ч</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Days covered</source>
        <translation>Учтено дней</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Metered differs from what the active fleet should draw by more than {0} %: {1} kWh metered, {2} kWh expected on the {3} days covered.</source>
        <translation>Потребление по счётчику отличается от ожидаемого для действующего парка более чем на {0} %: по счётчику {1} кВт·ч, ожидалось {2} кВт·ч за учтённые дни ({3}).</translation>
    </message>
    <message>
        <source>No record covers this month yet.</source>
        <translation>Этот месяц пока не охвачен ни одной записью.</translation>
    </message>
    <message>
        <source>Records cover {0} of the month's {1} days; the expected kWh counts those days only.</source>
        <translation>Записи охватывают {0} из {1} дн. месяца; ожидаемое потребление рассчитано только за эти дни.</translation>
    </message>
    <message>
        <source>No exchange rate to convert the cost to {0}.</source>
        <translation>Нет курса для пересчёта стоимости в {0}.</translation>
    </message>
    <message>
        <source>kWh from the records, spread over the months pro rata by days.</source>
        <translation>кВт·ч из записей, распределённые по месяцам пропорционально числу дней.</translation>
    </message>
    <message>
        <source>What the machines active on the covered days draw at their rated power and {0} % uptime.</source>
        <translation>Потребление устройств, работавших в учтённые дни, при номинальной мощности и времени работы {0} %.</translation>
    </message>
    <message>
        <source>(metered − expected) ÷ expected</source>
        <translation>(по счётчику − ожидаемое) ÷ ожидаемое</translation>
    </message>
    <message>
        <source>Billed amounts, else kWh × tariff; in the display currency.</source>
        <translation>Суммы по счетам, иначе кВт·ч × тариф; в валюте отображения.</translation>
    </message>
    <message>
        <source>Days of the month covered by readings or billed periods.</source>
        <translation>Дни месяца, охваченные показаниями или периодами по счёту.</translation>
    </message>
    <message>
        <source>{0}: metered differs from what the active fleet should draw by more than {1} %.</source>
        <translation>{0}: потребление по счётчику отличается от ожидаемого для действующего парка более чем на {1} %.</translation>
    </message>
    <message>
        <source>Choose or create a profile to record its energy.</source>
        <translation>Выберите или создайте профиль, чтобы вести учёт его электроэнергии.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <source>No sites yet. Energy is recorded per site: add the first one with “Sites…”, then the meter readings or the bills.</source>
        <translation>Площадок пока нет. Электроэнергия учитывается по площадкам: добавьте первую кнопкой «Площадки…», затем вводите показания счётчиков или счета.</translation>
    </message>
    <message>
        <source>{0} records shown · months up to {1} · costs in {2}</source>
        <translation>Показано записей: {0} · месяцы по {1} · стоимость в {2}</translation>
    </message>
    <message numerus="yes">
        <source>{0} %n month(s) where the metered energy differs from what the fleet should draw by more than {1} %: see “By month”.</source>
        <translation>
            <numerusform>{0} %n месяц, в котором потребление по счётчику отличается от ожидаемого для парка более чем на {1} %: см. вкладку «По месяцам».</numerusform>
            <numerusform>{0} %n месяца, в которых потребление по счётчику отличается от ожидаемого для парка более чем на {1} %: см. вкладку «По месяцам».</numerusform>
            <numerusform>{0} %n месяцев, в которых потребление по счётчику отличается от ожидаемого для парка более чем на {1} %: см. вкладку «По месяцам».</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} Meter readings that went down: {1}</source>
        <translation>{0} Показания счётчика уменьшились: {1}</translation>
    </message>
    <message>
        <source>{0}
Metered: {1} kWh
Expected: {2} kWh
Cost: {3}</source>
        <translation>{0}
По счётчику: {1} кВт·ч
Ожидаемое: {2} кВт·ч
Стоимость: {3}</translation>
    </message>
    <message>
        <source>No energy by month yet: add meter readings or billed periods.</source>
        <translation>Данных по электроэнергии по месяцам пока нет: добавьте показания счётчиков или периоды по счёту.</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <source>Metered, {0}</source>
        <translation>По счётчику, {0}</translation>
    </message>
    <message>
        <source>Expected, {0}</source>
        <translation>Ожидаемое, {0}</translation>
    </message>
    <message>
        <source>Cost, {0}</source>
        <translation>Стоимость, {0}</translation>
    </message>
    <message>
        <source>Metered and expected energy, cost: the last {0} months</source>
        <translation>Электроэнергия по счётчику и ожидаемая, стоимость: последние {0} мес.</translation>
    </message>
    <message>
        <source>Metered and expected energy, cost per month</source>
        <translation>Электроэнергия по счётчику и ожидаемая, стоимость по месяцам</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>Площадок пока нет</translation>
    </message>
    <message>
        <source>Energy is recorded per site and this profile has none yet. Add a site now?</source>
        <translation>Электроэнергия учитывается по площадкам, а у этого профиля их пока нет. Добавить площадку сейчас?</translation>
    </message>
    <message>
        <source>Edit energy record of {0}</source>
        <translation>изменение записи по электроэнергии от {0}</translation>
    </message>
    <message>
        <source>Delete billed period {0} – {1}</source>
        <translation>удаление периода по счёту {0} – {1}</translation>
    </message>
    <message>
        <source>Add billed period {0} – {1}</source>
        <translation>добавление периода по счёту {0} – {1}</translation>
    </message>
    <message>
        <source>Delete meter reading of {0}</source>
        <translation>удаление показания счётчика от {0}</translation>
    </message>
    <message>
        <source>Add meter reading of {0}</source>
        <translation>добавление показания счётчика от {0}</translation>
    </message>
    <message>
        <source>Delete the billed period {0} – {1} of “{2}”?</source>
        <translation>Удалить период по счёту {0} – {1} площадки «{2}»?</translation>
    </message>
    <message>
        <source>Delete the meter reading of {0} of “{1}”?</source>
        <translation>Удалить показание счётчика от {0} площадки «{1}»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n energy records?</source>
        <translation>
            <numerusform>Удалить %n запись по электроэнергии?</numerusform>
            <numerusform>Удалить %n записи по электроэнергии?</numerusform>
            <numerusform>Удалить %n записей по электроэнергии?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete energy records</source>
        <translation>Удаление записей по электроэнергии</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n energy records</source>
        <translation>
            <numerusform>удаление %n записи по электроэнергии</numerusform>
            <numerusform>удаление %n записей по электроэнергии</numerusform>
            <numerusform>удаление %n записей по электроэнергии</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
    <message>
        <source>Import energy records</source>
        <translation>Импорт записей по электроэнергии</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Импорт невозможен</translation>
    </message>
    <message>
        <source>Could not read the file: {0}</source>
        <translation>Не удалось прочитать файл: {0}</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>импорт {0}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Energy records added: {0}. Already in the books, skipped: {1}.</source>
        <translation>Добавлено записей по электроэнергии: {0}. Пропущено (уже есть в учёте): {1}.</translation>
    </message>
    <message>
        <source>Export energy records</source>
        <translation>Экспорт записей по электроэнергии</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message numerus="yes">
        <source>%n energy record(s) written to {0}</source>
        <translation>
            <numerusform>В файл {0} выгружена %n запись по электроэнергии</numerusform>
            <numerusform>В файл {0} выгружены %n записи по электроэнергии</numerusform>
            <numerusform>В файл {0} выгружено %n записей по электроэнергии</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись файла {0}…</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Edit machine</source>
        <translation>Изменение устройства</translation>
    </message>
    <message>
        <source>Add several machines</source>
        <translation>Добавление нескольких устройств</translation>
    </message>
    <message>
        <source>Add a machine</source>
        <translation>Добавление устройства</translation>
    </message>
    <message>
        <source>— custom model —</source>
        <translation>— своя модель —</translation>
    </message>
    <message>
        <source>{0} {1} — {2} TH/s, {3} W</source>
        <translation>{0} {1} — {2} TH/s, {3} Вт</translation>
    </message>
    <message>
        <source>one serial number per line</source>
        <translation>по одному серийному номеру в строке</translation>
    </message>
    <message>
        <source>bought on</source>
        <translation>куплено</translation>
    </message>
    <message>
        <source>per unit, optional</source>
        <translation>за единицу, необязательно</translation>
    </message>
    <message>
        <source>— no site —</source>
        <translation>— без площадки —</translation>
    </message>
    <message>
        <source>own site</source>
        <translation>своя площадка</translation>
    </message>
    <message>
        <source>hosted</source>
        <translation>на хостинге</translation>
    </message>
    <message>
        <source>hoster's name</source>
        <translation>название хостера</translation>
    </message>
    <message>
        <source>From the &amp;catalogue:</source>
        <translation>Из &amp;каталога:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>П&amp;роизводитель:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Мо&amp;дель:</translation>
    </message>
    <message>
        <source>&amp;Serial numbers:</source>
        <translation>&amp;Серийные номера:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Серийный номер:</translation>
    </message>
    <message>
        <source>&amp;Hashrate, TH/s:</source>
        <translation>&amp;Хешрейт, TH/s:</translation>
    </message>
    <message>
        <source>&amp;Power, W:</source>
        <translation>&amp;Мощность, Вт:</translation>
    </message>
    <message>
        <source>Purchase:</source>
        <translation>Покупка:</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>&amp;Цена:</translation>
    </message>
    <message>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Площадка:</translation>
    </message>
    <message>
        <source>H&amp;osting:</source>
        <translation>Х&amp;остинг:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>{0} machine(s) will be added</source>
        <translation>Будет добавлено устройств: {0}</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add &amp;several…</source>
        <translation>Добавить &amp;несколько…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Сменить ст&amp;атус</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Импо&amp;рт CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Search serial, model, notes…</source>
        <translation>Поиск по серийному номеру, модели, заметкам…</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>П&amp;лощадка:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>TH/s</source>
        <translation>TH/s</translation>
    </message>
    <message>
        <source>Power, W</source>
        <translation>Мощность, Вт</translation>
    </message>
    <message>
        <source>J/TH</source>
        <translation>J/TH</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <source>own</source>
        <translation>своя площадка</translation>
    </message>
    <message>
        <source>hosted: {0}</source>
        <translation>на хостинге: {0}</translation>
    </message>
    <message>
        <source>hosted</source>
        <translation>на хостинге</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Балансовая стоимость</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Рыночная оценка</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Без площадки</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Все модели</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; shown, &lt;b&gt;{1}&lt;/b&gt; in service (sold and retired excluded): &lt;b&gt;{2}&lt;/b&gt; TH/s, &lt;b&gt;{3}&lt;/b&gt; kW, average &lt;b&gt;{4}&lt;/b&gt; J/TH; book value &lt;b&gt;{5}&lt;/b&gt;, market estimate &lt;b&gt;{6}&lt;/b&gt;</source>
        <translation>Показано: &lt;b&gt;{0}&lt;/b&gt;, в эксплуатации (без проданных и списанных): &lt;b&gt;{1}&lt;/b&gt; — &lt;b&gt;{2}&lt;/b&gt; TH/s, &lt;b&gt;{3}&lt;/b&gt; кВт, в среднем &lt;b&gt;{4}&lt;/b&gt; J/TH; балансовая стоимость &lt;b&gt;{5}&lt;/b&gt;, рыночная оценка &lt;b&gt;{6}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add machine {0}</source>
        <translation>добавление устройства {0}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n machines</source>
        <translation>
            <numerusform>добавление %n устройства</numerusform>
            <numerusform>добавление %n устройств</numerusform>
            <numerusform>добавление %n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit machine {0}</source>
        <translation>изменение устройства {0}</translation>
    </message>
    <message>
        <source>Delete the machine {0} ({1})?</source>
        <translation>Удалить устройство {0} ({1})?</translation>
    </message>
    <message>
        <source>Delete {0} machines?</source>
        <translation>Удалить выбранные устройства ({0} шт.)?</translation>
    </message>
    <message>
        <source>Delete machines</source>
        <translation>Удаление устройств</translation>
    </message>
    <message>
        <source>Sold or retired machines are better kept with that status: they stay in the history.</source>
        <translation>Проданные и списанные устройства лучше оставить с соответствующим статусом: так они сохранятся в истории.</translation>
    </message>
    <message>
        <source>Delete machine {0}</source>
        <translation>удаление устройства {0}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n machines</source>
        <translation>
            <numerusform>удаление %n устройства</numerusform>
            <numerusform>удаление %n устройств</numerusform>
            <numerusform>удаление %n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
    <message>
        <source>Set machine {0} to “{1}”</source>
        <translation>изменение статуса устройства {0} на «{1}»</translation>
    </message>
    <message numerus="yes">
        <source>Set %n machines to “{0}”</source>
        <translation>
            <numerusform>изменение статуса %n устройства на «{0}»</numerusform>
            <numerusform>изменение статуса %n устройств на «{0}»</numerusform>
            <numerusform>изменение статуса %n устройств на «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <source>Import equipment</source>
        <translation>Импорт оборудования</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>Файлы CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Импорт невозможен</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>импорт {0}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>{0} machines added, {1} already recorded.</source>
        <translation>Добавлено устройств: {0}, уже были в учёте: {1}.</translation>
    </message>
    <message>
        <source>Export equipment</source>
        <translation>Экспорт оборудования</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>{0} machines written to {1}</source>
        <translation>В файл {1} выгружено устройств: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>LTV (loan-to-value)</source>
        <translation>LTV (отношение долга к стоимости залога)</translation>
    </message>
    <message>
        <source>The debt as a share of what the collateral is worth at the current BTC price.</source>
        <translation>Долг как доля стоимости обеспечения по текущей цене BTC.</translation>
    </message>
    <message>
        <source>LTV tells how much of your pledge the loan uses up. It rises when the BTC price falls and when interest builds up on the debt; it falls when you repay or pledge more. Every offer sets three levels: the initial LTV (the most you may borrow at the start), the margin-call LTV and the liquidation LTV. The lower your LTV, the deeper a price fall the loan survives.

The gauge on the Loans page shows the loan's LTV against the offer's levels: green up to the margin call, yellow up to liquidation, red beyond.</source>
        <translation>LTV показывает, какую часть залога «съедает» кредит. Он растёт, когда цена BTC падает и когда на долг начисляются проценты, и снижается, когда вы гасите долг или довносите залог. В каждом предложении заданы три уровня: начальный LTV (больше него занять на старте нельзя), LTV маржин-колла и LTV ликвидации. Чем ниже LTV, тем более глубокое падение цены выдержит кредит.

Шкала на странице «Кредиты» показывает LTV кредита на фоне уровней предложения: зелёная зона — до маржин-колла, жёлтая — до ликвидации, красная — выше.</translation>
    </message>
    <message>
        <source>LTV = debt ÷ (BTC pledged × BTC price + equipment counted)
Initial LTV = the debt on the start date ÷ the collateral's value on that date</source>
        <translation>LTV = долг ÷ (BTC в залоге × цена BTC + учитываемое оборудование)
Начальный LTV = долг на дату выдачи ÷ стоимость обеспечения на эту дату</translation>
    </message>
    <message>
        <source>You borrow $50,000 and pledge 1 BTC at $100,000: LTV = 50,000 ÷ 100,000 = 50 %.
BTC falls to $80,000: LTV = 50,000 ÷ 80,000 = 62.5 %.
BTC falls to $62,500: LTV = 80 %, the liquidation level of an offer with 50 / 70 / 80 %.</source>
        <translation>Вы занимаете 50 000 $ под залог 1 BTC по цене 100 000 $: LTV = 50 000 ÷ 100 000 = 50 %.
BTC падает до 80 000 $: LTV = 50 000 ÷ 80 000 = 62,5 %.
BTC падает до 62 500 $: LTV = 80 % — уровень ликвидации у предложения с уровнями 50 / 70 / 80 %.</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Обеспечение (залог)</translation>
    </message>
    <message>
        <source>What you pledge to the lender for the loan: BTC, mining equipment or both.</source>
        <translation>То, что вы передаёте кредитору в залог: BTC, майнинговое оборудование или и то и другое.</translation>
    </message>
    <message>
        <source>The lender holds the collateral until you repay. If you do not pay, or the LTV reaches the liquidation level, the lender sells it to recover the debt. Pledged BTC usually move to an address of the lender or a custodian and come back to you at maturity.

By default the app pledges just as much BTC as the offer's initial LTV requires. Pledging more (“Pledged BTC” or “Pledge all holdings”) lowers the LTV and moves the margin-call and liquidation prices down. Equipment counts only at a share of its market value (see Haircut) and does not move with the BTC price.</source>
        <translation>Кредитор удерживает залог, пока вы не погасите кредит. Если вы не платите или LTV достигает уровня ликвидации, кредитор продаёт залог, чтобы вернуть долг. Заложенные BTC обычно переводятся на адрес кредитора или кастодиана и возвращаются вам при погашении.

По умолчанию приложение закладывает ровно столько BTC, сколько требует начальный LTV предложения. Если заложить больше («BTC в залоге» или «Заложить весь остаток»), LTV снизится, а цены маржин-колла и ликвидации опустятся. Оборудование учитывается лишь частью рыночной стоимости (см. «Дисконт») и от цены BTC не зависит.</translation>
    </message>
    <message>
        <source>BTC to pledge = (amount ÷ initial LTV − equipment counted) ÷ BTC price, rounded up to a satoshi
Largest amount = (BTC held × BTC price + equipment market value × haircut) × initial LTV</source>
        <translation>BTC в залог = (сумма ÷ начальный LTV − учитываемое оборудование) ÷ цена BTC, с округлением вверх до сатоши
Наибольшая сумма = (BTC на балансе × цена BTC + рыночная стоимость оборудования × учитываемая доля) × начальный LTV</translation>
    </message>
    <message>
        <source>$50,000 at an initial LTV of 50 % with BTC at $100,000: 50,000 ÷ 0.5 ÷ 100,000 = 1 BTC.
With $30,000 of equipment counted: (100,000 − 30,000) ÷ 100,000 = 0.7 BTC.
Holding 1.5 BTC and no equipment, the most you may borrow is 1.5 × 100,000 × 50 % = $75,000.</source>
        <translation>50 000 $ при начальном LTV 50 % и цене BTC 100 000 $: 50 000 ÷ 0,5 ÷ 100 000 = 1 BTC.
Если учитывается оборудование на 30 000 $: (100 000 − 30 000) ÷ 100 000 = 0,7 BTC.
С 1,5 BTC на балансе и без оборудования можно занять не больше 1,5 × 100 000 × 50 % = 75 000 $.</translation>
    </message>
    <message>
        <source>Margin call and margin-call price</source>
        <translation>Маржин-колл и цена маржин-колла</translation>
    </message>
    <message>
        <source>The lender's demand to bring the LTV down once it reaches the offer's margin-call level.</source>
        <translation>Требование кредитора снизить LTV, когда он достигает уровня маржин-колла по предложению.</translation>
    </message>
    <message>
        <source>When a falling BTC price (or accrued interest) pushes the LTV up to the margin-call level, the lender asks you to cure the call within the offer's grace period, for example 72 hours: pledge more BTC or repay part of the debt. If you do not, or the price keeps falling to the liquidation level, the collateral is sold.

The margin-call price is the BTC price at which this happens; the Loans page shows it with its distance from today's price. When the debt grows over the term (a bullet loan accrues interest), the margin-call price rises with it.</source>
        <translation>Когда падение цены BTC (или начисленные проценты) поднимает LTV до уровня маржин-колла, кредитор требует устранить его в льготный срок по предложению, например за 72 часа: довнести BTC в залог или погасить часть долга. Если этого не сделать или цена продолжит падать до уровня ликвидации, залог продают.

Цена маржин-колла — цена BTC, при которой это происходит; страница «Кредиты» показывает её вместе с расстоянием от текущей цены. Если долг растёт в течение срока (по кредиту с погашением в конце срока начисляются проценты), цена маржин-колла растёт вместе с ним.</translation>
    </message>
    <message>
        <source>Margin-call price = (debt ÷ margin-call LTV − equipment counted) ÷ BTC pledged, rounded up to the cent or kopeck</source>
        <translation>Цена маржин-колла = (долг ÷ LTV маржин-колла − учитываемое оборудование) ÷ BTC в залоге, с округлением вверх до цента или копейки</translation>
    </message>
    <message>
        <source>Debt $50,000 against 1 BTC, margin call at 70 %: 50,000 ÷ 0.70 ÷ 1 = $71,428.58, a fall of 28.6 % from $100,000.
After 12 months of a 12 % bullet loan the debt is $56,000 and the margin-call price 56,000 ÷ 0.70 = $80,000.</source>
        <translation>Долг 50 000 $ под 1 BTC, маржин-колл при 70 %: 50 000 ÷ 0,70 ÷ 1 = 71 428,58 $ — падение на 28,6 % от 100 000 $.
Через 12 месяцев по кредиту под 12 % с погашением в конце срока долг составит 56 000 $, а цена маржин-колла — 56 000 ÷ 0,70 = 80 000 $.</translation>
    </message>
    <message>
        <source>Curing a margin call (top-up or partial repayment)</source>
        <translation>Устранение маржин-колла (довнесение залога или частичное погашение)</translation>
    </message>
    <message>
        <source>Bringing the LTV back down to the offer's cure level by pledging more BTC or repaying part of the debt.</source>
        <translation>Снижение LTV до уровня, указанного в предложении: довнести BTC в залог или погасить часть долга.</translation>
    </message>
    <message>
        <source>Each offer says down to which LTV a margin call must be cured (its cure level, often the initial LTV). Either way works: add BTC to the collateral (a top-up) or repay part of the principal. The Loans page shows both amounts for the moment the price touches the margin-call price (“At a margin call”).

On the Risk tab, “Top up collateral from mining output and spare holdings” tests a farm that cures every call from what it has mined (net of the BTC sold to pay for power) and from the BTC it holds but has not pledged. If that is not enough, it pledges all it has, and the loan may still be liquidated later.</source>
        <translation>В каждом предложении указано, до какого LTV нужно снизить нагрузку после маржин-колла (часто — до начального LTV). Подходит любой из двух способов: довнести BTC в залог или досрочно погасить часть основного долга. Страница «Кредиты» показывает обе суммы на момент, когда цена касается цены маржин-колла («При маржин-колле»).

На вкладке «Риски» флажок «Пополнять обеспечение из добычи и свободного остатка BTC» моделирует ферму, которая закрывает каждый маржин-колл из добытого (за вычетом BTC, проданных на оплату электроэнергии) и из BTC на балансе, не переданных в залог. Если этого не хватает, она вносит всё, что есть, и кредит всё ещё может быть ликвидирован позже.</translation>
    </message>
    <message>
        <source>BTC to add = (debt ÷ cure LTV − equipment counted) ÷ BTC price − BTC pledged, rounded up to a satoshi
To repay = debt − cure LTV × (BTC pledged × BTC price + equipment counted), rounded up to the cent</source>
        <translation>Довнести BTC = (долг ÷ целевой LTV − учитываемое оборудование) ÷ цена BTC − BTC в залоге, с округлением вверх до сатоши
Погасить = долг − целевой LTV × (BTC в залоге × цена BTC + учитываемое оборудование), с округлением вверх до цента</translation>
    </message>
    <message>
        <source>Debt $50,000, 1 BTC pledged, margin call at 70 % (price $71,428.58), cure to 50 %:
add 50,000 ÷ 0.5 ÷ 71,428.58 − 1 = 0.39999984 BTC,
or repay 50,000 − 0.5 × 71,428.58 = $14,285.71.</source>
        <translation>Долг 50 000 $, в залоге 1 BTC, маржин-колл при 70 % (цена 71 428,58 $), восстановить до 50 %:
довнести 50 000 ÷ 0,5 ÷ 71 428,58 − 1 = 0,39999984 BTC
или погасить 50 000 − 0,5 × 71 428,58 = 14 285,71 $.</translation>
    </message>
    <message>
        <source>Liquidation and liquidation price</source>
        <translation>Ликвидация и цена ликвидации</translation>
    </message>
    <message>
        <source>The lender sells the collateral to repay the debt once the LTV reaches the offer's liquidation level.</source>
        <translation>Кредитор продаёт залог в погашение долга, когда LTV достигает уровня ликвидации по предложению.</translation>
    </message>
    <message>
        <source>Liquidation is the outcome to avoid: the pledged BTC are sold at a low price, the debt is repaid from the proceeds, and you lose the BTC, and with them the gain if the price recovers later. The offer may also charge a liquidation fee. The app's “BTC left” figures count a liquidated pledge as lost.

The liquidation price is the BTC price at which the LTV reaches the liquidation level; like the margin-call price, it rises as interest accrues. The risk figures use daily closing prices, so a brief fall within a day is not seen.</source>
        <translation>Ликвидации нужно избегать: заложенные BTC продаются по низкой цене, долг гасится из выручки, а вы теряете BTC — и вместе с ними прибыль, если цена потом восстановится. Предложение может также предусматривать комиссию за ликвидацию. В показателях остатка BTC приложение считает ликвидированный залог потерянным.

Цена ликвидации — цена BTC, при которой LTV достигает уровня ликвидации; как и цена маржин-колла, она растёт по мере начисления процентов. Оценки рисков используют дневные цены закрытия, поэтому кратковременное падение внутри дня не учитывается.</translation>
    </message>
    <message>
        <source>Liquidation price = (debt ÷ liquidation LTV − equipment counted) ÷ BTC pledged, rounded up to the cent or kopeck</source>
        <translation>Цена ликвидации = (долг ÷ LTV ликвидации − учитываемое оборудование) ÷ BTC в залоге, с округлением вверх до цента или копейки</translation>
    </message>
    <message>
        <source>Debt $50,000 against 1 BTC, liquidation at 80 %: 50,000 ÷ 0.80 = $62,500, a fall of 37.5 % from $100,000.
At the maturity of a 12-month bullet loan at 12 % (debt $56,000): 56,000 ÷ 0.80 = $70,000.</source>
        <translation>Долг 50 000 $ под 1 BTC, ликвидация при 80 %: 50 000 ÷ 0,80 = 62 500 $ — падение на 37,5 % от 100 000 $.
К концу срока 12-месячного кредита под 12 % с погашением в конце срока (долг 56 000 $): 56 000 ÷ 0,80 = 70 000 $.</translation>
    </message>
    <message>
        <source>Haircut (equipment counted)</source>
        <translation>Дисконт (учитываемая доля оборудования)</translation>
    </message>
    <message>
        <source>The share of the equipment's market value that the lender counts as collateral.</source>
        <translation>Доля рыночной стоимости оборудования, которую кредитор принимает в обеспечение.</translation>
    </message>
    <message>
        <source>Lenders discount collateral that is hard to value or to sell: used ASICs lose value fast and fetch less in a forced sale. In an offer file, "equipment_haircut": 0.6 means that 60 % of the market value counts, a discount of 40 %.

The app estimates a machine's market value as its hashrate × the price per TH/s of its efficiency band (up to 20, 20–30, 30–40, over 40 J/TH; the prices are in Settings). The equipment counted is a fixed part of the collateral: it lowers the LTV but does not move with the BTC price.</source>
        <translation>Кредиторы дисконтируют залог, который трудно оценить или продать: б/у ASIC быстро дешевеют, а при вынужденной продаже уходят ещё дешевле. В файле предложения "equipment_haircut": 0.6 означает, что учитывается 60 % рыночной стоимости, то есть дисконт составляет 40 %.

Рыночную стоимость устройства приложение оценивает как его хешрейт × цену за TH/s для его класса энергоэффективности (до 20, 20–30, 30–40, свыше 40 J/TH; цены — в «Настройках»). Учитываемое оборудование — постоянная часть обеспечения: оно снижает LTV, но от цены BTC не зависит.</translation>
    </message>
    <message>
        <source>Equipment counted = market value × haircut
Market value = TH/s × price per TH/s of the machine's J/TH band</source>
        <translation>Учитываемое оборудование = рыночная стоимость × учитываемая доля (equipment_haircut)
Рыночная стоимость = TH/s × цена за TH/s для класса J/TH устройства</translation>
    </message>
    <message>
        <source>20 machines of 104 TH/s at 3,068 W: 29.5 J/TH, band 20–30 J/TH at 550 ₽ per TH/s.
Market value: 20 × 104 × 550 = 1,144,000 ₽; with a haircut of 0.6 the lender counts 686,400 ₽.</source>
        <translation>20 устройств по 104 TH/s и 3 068 Вт: 29,5 J/TH, класс 20–30 J/TH, 550 ₽ за TH/s.
Рыночная стоимость: 20 × 104 × 550 = 1 144 000 ₽; при доле 0,6 кредитор учитывает 686 400 ₽.</translation>
    </message>
    <message>
        <source>APR (annual percentage rate)</source>
        <translation>APR (эффективная годовая ставка)</translation>
    </message>
    <message>
        <source>The yearly cost of the loan including fees, from the money you actually receive and pay.</source>
        <translation>Годовая стоимость кредита с учётом комиссий — по деньгам, которые вы фактически получаете и платите.</translation>
    </message>
    <message>
        <source>The offer's interest rate does not tell the whole cost: fees paid at the start or deducted from the payout make a loan dearer. The app finds the rate at which everything you pay, discounted back to the start, equals what you actually received (the internal rate of return, IRR), and states it per year.

It is a nominal rate: the monthly rate × 12, or the daily rate × 365 for offers billed in fixed periods of days; it is not compounded.</source>
        <translation>Процентная ставка предложения не показывает всей стоимости: комиссии, уплаченные при выдаче или удержанные из суммы, делают кредит дороже. Приложение находит ставку, при которой все ваши платежи, дисконтированные к дате выдачи, равны фактически полученной сумме (внутренняя норма доходности, IRR), и выражает её в годовых.

Это номинальная ставка: месячная ставка × 12 или, для предложений с расчётными периодами в днях, дневная ставка × 365; без капитализации.</translation>
    </message>
    <message>
        <source>Σ cash flowₖ ÷ (1 + i)^tₖ = 0: received −, paid +; tₖ in months from the start (whole months plus the elapsed share of the next)
APR = i × 12 × 100 %; for offers with billing_days tₖ is in days and APR = i × 365 × 100 %</source>
        <translation>Σ денежный потокₖ ÷ (1 + i)^tₖ = 0: полученное со знаком −, уплаченное со знаком +; tₖ — месяцы от выдачи (целые месяцы плюс прошедшая доля следующего)
APR = i × 12 × 100 %; для предложений с billing_days tₖ считается в днях и APR = i × 365 × 100 %</translation>
    </message>
    <message>
        <source>$50,000 for 12 months at 12 % simple interest, repaid at the end, with a 2 % admin fee: you receive 50,000 and pay 1,000 at once (net 49,000), then 56,000 at maturity.
i = (56,000 ÷ 49,000)^(1/12) − 1 = 1.119 % a month; APR = 13.428 %, not the 12 % of the offer.</source>
        <translation>50 000 $ на 12 месяцев под 12 % простых, погашение в конце срока, административная комиссия 2 %: вы получаете 50 000 и сразу платите 1 000 (итого 49 000), а в конце срока — 56 000.
i = (56 000 ÷ 49 000)^(1/12) − 1 = 1,119 % в месяц; APR = 13,428 %, а не 12 % по предложению.</translation>
    </message>
    <message>
        <source>PSK (full cost of credit, 353-FZ)</source>
        <translation>ПСК (полная стоимость кредита, 353-ФЗ)</translation>
    </message>
    <message>
        <source>The yearly cost of a loan as the Russian consumer credit law (353-FZ, art. 6) defines it, in per cent and in money.</source>
        <translation>Годовая стоимость кредита по закону о потребительском кредите (353-ФЗ, ст. 6) — в процентах и в деньгах.</translation>
    </message>
    <message>
        <source>A Russian lender must state the PSK of a consumer loan in a box on the first page of the contract, as a percentage and as an amount, so that offers can be compared. It counts every payment of the borrower (principal, interest and fees) against the amount received.

Unlike the APR it uses the law's base period: a month for monthly payments, the offer's billing period in days, or, for a loan repaid in a single payment within a year, the whole term. The amount in money is simply everything you pay minus what you received.</source>
        <translation>Российский кредитор обязан указать ПСК потребительского кредита в рамке на первой странице договора — в процентах годовых и в денежном выражении, чтобы предложения можно было сравнивать. ПСК учитывает все платежи заёмщика (основной долг, проценты и комиссии) относительно полученной суммы.

В отличие от APR, она считается по базовому периоду, установленному законом: месяц при ежемесячных платежах, расчётный период предложения в днях или, если кредит погашается одним платежом в пределах года, весь срок кредита. В деньгах ПСК — это просто всё, что вы заплатите, минус полученная сумма.</translation>
    </message>
    <message>
        <source>Σ DPₖ ÷ ((1 + eₖ·i)(1 + i)^qₖ) = 0
DPₖ: the k-th cash flow (received −, paid +); qₖ: whole base periods since the start; eₖ: the elapsed share of the next base period
PSK = i × NBP × 100, to three decimals; NBP = base periods in a year (12 for a month, 365 ÷ days)
PSK in money = all payments − the amount received</source>
        <translation>Σ ДПₖ ÷ ((1 + eₖ·i)(1 + i)^qₖ) = 0
ДПₖ — k-й денежный поток (полученное −, уплаченное +); qₖ — число полных базовых периодов с даты выдачи; eₖ — прошедшая доля следующего базового периода
ПСК = i × ЧБП × 100, с точностью до третьего знака; ЧБП — число базовых периодов в году (12 для месяца, 365 ÷ дни)
ПСК в деньгах = все платежи − полученная сумма</translation>
    </message>
    <message>
        <source>1,000,000 ₽ for 12 months at 23.5 % (key rate 16.5 % + 7 pp), annuity, no fees: 94,317.79 ₽ a month; PSK = 23.500 %, 131,813.49 ₽.
$50,000 for 12 months at 12 %, repaid at the end, 2 % admin fee: the base period is the 12-month term (NBP = 1), i = 56,000 ÷ 49,000 − 1; PSK = 14.286 %, $7,000.</source>
        <translation>1 000 000 ₽ на 12 месяцев под 23,5 % (ключевая ставка 16,5 % + 7 п. п.), аннуитет, без комиссий: 94 317,79 ₽ в месяц; ПСК = 23,500 %, 131 813,49 ₽.
50 000 $ на 12 месяцев под 12 % с погашением в конце срока и комиссией 2 %: базовый период — весь 12-месячный срок (ЧБП = 1), i = 56 000 ÷ 49 000 − 1; ПСК = 14,286 %, 7 000 $.</translation>
    </message>
    <message>
        <source>Hashrate (TH/s)</source>
        <translation>Хешрейт (TH/s)</translation>
    </message>
    <message>
        <source>How many hashes a second a machine or the farm computes; its share of the network's hashrate is its share of the rewards.</source>
        <translation>Сколько хешей в секунду вычисляет устройство или ферма; ваша доля в хешрейте сети — ваша доля вознаграждений.</translation>
    </message>
    <message>
        <source>Miners look for a block by computing hashes. 1 TH/s is 10¹² hashes a second; a current ASIC does 100–300 TH/s, the whole network several hundred EH/s (1 EH/s = 1,000,000 TH/s). On average your share of the blocks is your hashrate ÷ the network's, and the network's hashrate is what the difficulty implies.

The Dashboard's “Fleet running” and the calculator's “Use the profile's active fleet” add up the machines running today.</source>
        <translation>Майнеры ищут блок, перебирая хеши. 1 TH/s — это 10¹² хешей в секунду; современный ASIC выдаёт 100–300 TH/s, вся сеть — несколько сотен EH/s (1 EH/s = 1 000 000 TH/s). В среднем ваша доля блоков равна вашему хешрейту ÷ хешрейт сети, а хешрейт сети следует из сложности.

«Работающий парк» на «Сводке» и кнопка калькулятора «Взять действующий парк профиля» суммируют устройства, работающие сегодня.</translation>
    </message>
    <message>
        <source>Network hashrate ≈ difficulty × 2³² ÷ 600 s
Blocks expected per day = hashrate [H/s] × 86,400 ÷ (difficulty × 2³²)</source>
        <translation>Хешрейт сети ≈ сложность × 2³² ÷ 600 с
Ожидаемое число блоков в день = хешрейт [H/s] × 86 400 ÷ (сложность × 2³²)</translation>
    </message>
    <message>
        <source>100 TH/s = 10¹⁴ H/s. At a difficulty of 1.0 × 10¹⁴ the network does about 10¹⁴ × 2³² ÷ 600 ≈ 716 EH/s, so your share is 1.4 × 10⁻⁷.
144 blocks a day × 1.4 × 10⁻⁷ ≈ 0.00002 blocks, or 0.0000629 BTC at a 3.125 BTC subsidy.</source>
        <translation>100 TH/s = 10¹⁴ H/s. При сложности 1,0 × 10¹⁴ сеть выдаёт около 10¹⁴ × 2³² ÷ 600 ≈ 716 EH/s, и ваша доля — 1,4 × 10⁻⁷.
144 блока в день × 1,4 × 10⁻⁷ ≈ 0,00002 блока, то есть 0,0000629 BTC при награде 3,125 BTC за блок.</translation>
    </message>
    <message>
        <source>Network difficulty</source>
        <translation>Сложность сети</translation>
    </message>
    <message>
        <source>How hard it is to find a block; the network adjusts it so that a block comes every 10 minutes on average.</source>
        <translation>Насколько трудно найти блок; сеть подстраивает её так, чтобы блок находился в среднем раз в 10 минут.</translation>
    </message>
    <message>
        <source>Every 2,016 blocks (about two weeks) Bitcoin retargets the difficulty to the hashrate of the whole network: when more machines join, the difficulty rises and each TH/s earns less BTC. That is why a farm's output falls over time even when nothing breaks.

The calculator starts from the latest bundled difficulty (or that of a chosen day) and lets it grow by a monthly rate, smoothly day by day; the default rate is the average of the last 12 months.</source>
        <translation>Каждые 2 016 блоков (примерно раз в две недели) Биткоин пересчитывает сложность под хешрейт всей сети: когда подключаются новые устройства, сложность растёт и каждый TH/s приносит меньше BTC. Поэтому добыча фермы со временем падает, даже если ничего не ломается.

Калькулятор берёт последнюю сложность из встроенной истории (или сложность на выбранную дату) и увеличивает её с заданным месячным темпом, плавно день за днём; по умолчанию темп равен среднему за последние 12 месяцев.</translation>
    </message>
    <message>
        <source>BTC per day = hashrate [H/s] × 86,400 × (subsidy + fees per block) ÷ (difficulty × 2³²) × (1 − pool fee) × uptime
Difficulty on day n = difficulty × (1 + g)^(n ÷ 30.4375), g = growth per month</source>
        <translation>BTC в день = хешрейт [H/s] × 86 400 × (награда за блок + комиссии в блоке) ÷ (сложность × 2³²) × (1 − комиссия пула) × время работы
Сложность в день n = сложность × (1 + g)^(n ÷ 30,4375), g — рост за месяц</translation>
    </message>
    <message>
        <source>200 TH/s at a difficulty of 1.0 × 10¹⁴, without fees: 0.0459 BTC in 365 days if the difficulty stays flat.
If it grows 2 % a month (× 1.268 after a year): 0.0409 BTC, 11 % less.</source>
        <translation>200 TH/s при сложности 1,0 × 10¹⁴, без комиссий: 0,0459 BTC за 365 дней, если сложность не меняется.
Если она растёт на 2 % в месяц (× 1,268 за год): 0,0409 BTC, на 11 % меньше.</translation>
    </message>
    <message>
        <source>Expected BTC per day</source>
        <translation>Ожидаемая добыча BTC в день</translation>
    </message>
    <message>
        <source>What a machine or a fleet mines per day on average at a given difficulty, after the pool fee and downtime.</source>
        <translation>Сколько в среднем добывает в день устройство или парк при данной сложности — после комиссии пула и простоев.</translation>
    </message>
    <message>
        <source>Mining is a lottery with known odds: over weeks the payouts follow the expected output closely, from day to day they jump (pool luck). The app uses the same formula everywhere: in the calculator, for the expected production on Mining &amp; holdings ▸ By month, in the demo farms and for the top-ups from mining on the Risk tab.

Uptime scales both the BTC mined and the energy used; the pool fee comes off what the pool pays out.</source>
        <translation>Майнинг — лотерея с известными шансами: за недели выплаты близко следуют ожидаемой добыче, а день ото дня колеблются (удача пула). Приложение везде использует одну формулу: в калькуляторе, для ожидаемой добычи в разделе «Добыча и остаток BTC ▸ По месяцам», в демо-фермах и для пополнения залога из добычи на вкладке «Риски».

Время работы уменьшает и добычу, и расход электроэнергии; комиссия пула вычитается из того, что выплачивает пул.</translation>
    </message>
    <message>
        <source>BTC per day = hashrate [H/s] × 86,400 × (subsidy + fees per block) ÷ (difficulty × 2³²) × (1 − pool fee) × uptime</source>
        <translation>BTC в день = хешрейт [H/s] × 86 400 × (награда за блок + комиссии в блоке) ÷ (сложность × 2³²) × (1 − комиссия пула) × время работы</translation>
    </message>
    <message>
        <source>200 TH/s, difficulty 1.0 × 10¹⁴, subsidy 3.125 + fees 0.025 BTC per block, pool fee 2.5 %, uptime 97 %:
2 × 10¹⁴ × 86,400 × 3.15 ÷ (10¹⁴ × 2³²) × 0.975 × 0.97 = 0.00011986 BTC a day, about 0.0036 BTC in 30 days.</source>
        <translation>200 TH/s, сложность 1,0 × 10¹⁴, награда 3,125 + комиссии 0,025 BTC в блоке, комиссия пула 2,5 %, время работы 97 %:
2 × 10¹⁴ × 86 400 × 3,15 ÷ (10¹⁴ × 2³²) × 0,975 × 0,97 = 0,00011986 BTC в день, около 0,0036 BTC за 30 дней.</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>Hashprice (хешпрайс)</translation>
    </message>
    <message>
        <source>What 1 TH/s earns per day at the current difficulty and BTC price: the price of a miner's work.</source>
        <translation>Сколько 1 TH/s зарабатывает в день при текущих сложности и цене BTC — цена работы майнера.</translation>
    </message>
    <message>
        <source>Hashprice folds the BTC price, the difficulty, the subsidy and the fees into one number, so machines and farms of any size compare directly: revenue = hashprice × TH/s. It falls as the difficulty rises and at a halving, and rises with the BTC price.

The calculator shows it in the chosen currency after the pool fee and uptime, before the power bill.</source>
        <translation>Hashprice сводит цену BTC, сложность, награду за блок и комиссии в одно число, поэтому устройства и фермы любого размера сравниваются напрямую: выручка = hashprice × TH/s. Он падает с ростом сложности и при халвинге и растёт вместе с ценой BTC.

Калькулятор показывает его в выбранной валюте после комиссии пула и с учётом времени работы, но до расходов на электроэнергию.</translation>
    </message>
    <message>
        <source>Hashprice = BTC per day × BTC price ÷ TH/s</source>
        <translation>Hashprice = BTC в день × цена BTC ÷ TH/s</translation>
    </message>
    <message>
        <source>200 TH/s mining 0.00011986 BTC a day at $100,000: revenue $11.99; 11.99 ÷ 200 = $0.0599 per TH/s per day.
A 100 TH/s machine then earns about $5.99 a day before power.</source>
        <translation>200 TH/s добывают 0,00011986 BTC в день при цене 100 000 $: выручка 11,99 $; 11,99 ÷ 200 = 0,0599 $ на TH/s в день.
Устройство на 100 TH/s тогда зарабатывает около 5,99 $ в день до оплаты электроэнергии.</translation>
    </message>
    <message>
        <source>Efficiency (J/TH)</source>
        <translation>Энергоэффективность (J/TH)</translation>
    </message>
    <message>
        <source>The energy a machine uses per unit of hashing: watts per TH/s, the same as joules per terahash. Lower is better.</source>
        <translation>Сколько энергии устройство тратит на единицу хеширования: ватт на TH/s, то есть джоулей на терахеш. Чем меньше, тем лучше.</translation>
    </message>
    <message>
        <source>Efficiency decides which machines stay profitable when the hashprice falls: the power bill per TH/s is proportional to it. Current machines run at 15–20 J/TH, older ones at 30–40 J/TH and more.

For a fleet the app divides the total power by the total hashrate (not an average of the machines' figures). The efficiency band also sets a machine's market estimate (Settings).</source>
        <translation>Энергоэффективность решает, какие устройства останутся прибыльными при падении hashprice: счёт за электроэнергию на каждый TH/s ей пропорционален. Современные устройства работают на 15–20 J/TH, старые — на 30–40 J/TH и больше.

Для парка приложение делит суммарную мощность на суммарный хешрейт (а не усредняет показатели устройств). Класс энергоэффективности также задаёт рыночную оценку устройства («Настройки»).</translation>
    </message>
    <message>
        <source>J/TH = power [W] ÷ hashrate [TH/s]
Fleet: total W ÷ total TH/s
kWh per TH/s per day = J/TH × 24 ÷ 1,000</source>
        <translation>J/TH = мощность [Вт] ÷ хешрейт [TH/s]
Парк: суммарные Вт ÷ суммарные TH/s
кВт·ч на TH/s в день = J/TH × 24 ÷ 1 000</translation>
    </message>
    <message>
        <source>200 TH/s at 3,500 W: 3,500 ÷ 200 = 17.5 J/TH, i.e. 0.42 kWh per TH/s a day (2.5 cents at $0.06 per kWh).
A fleet of 10 × 100 TH/s at 3,050 W and 2 × 200 TH/s at 3,500 W: 37,500 W ÷ 1,400 TH/s = 26.8 J/TH.</source>
        <translation>200 TH/s при 3 500 Вт: 3 500 ÷ 200 = 17,5 J/TH, то есть 0,42 кВт·ч на TH/s в день (2,5 цента при 0,06 $ за кВт·ч).
Парк из 10 × 100 TH/s по 3 050 Вт и 2 × 200 TH/s по 3 500 Вт: 37 500 Вт ÷ 1 400 TH/s = 26,8 J/TH.</translation>
    </message>
    <message>
        <source>Halving</source>
        <translation>Халвинг</translation>
    </message>
    <message>
        <source>Every 210,000 blocks (about four years) the block subsidy, the new BTC in each block, is cut in half.</source>
        <translation>Каждые 210 000 блоков (примерно раз в четыре года) награда за блок — новые BTC в каждом блоке — уменьшается вдвое.</translation>
    </message>
    <message>
        <source>The subsidy is most of a miner's income, so a halving cuts the revenue nearly in half overnight while the power bill stays the same. The subsidy was 6.25 BTC until 20.04.2024 and is 3.125 BTC now; the next halving is expected around April 2028 (the app's estimate is 15.04.2028) and moves as blocks come faster or slower.

The calculator, the demo farms and the top-ups from mining use the subsidy in force on each day.</source>
        <translation>Награда за блок — основная часть дохода майнера, поэтому халвинг в одночасье почти вдвое сокращает выручку, а счёт за электроэнергию остаётся прежним. До 20.04.2024 награда составляла 6,25 BTC, сейчас — 3,125 BTC; следующий халвинг ожидается около апреля 2028 года (оценка приложения — 15.04.2028), и дата сдвигается, если блоки находятся быстрее или медленнее.

Калькулятор, демо-фермы и пополнение залога из добычи используют награду, действующую в каждый день.</translation>
    </message>
    <message>
        <source>Subsidy = 50 BTC ÷ 2^(number of halvings so far)
3.125 BTC from 20.04.2024; 1.5625 BTC expected from 15.04.2028</source>
        <translation>Награда за блок = 50 BTC ÷ 2^(число прошедших халвингов)
3,125 BTC с 20.04.2024; 1,5625 BTC ожидается с 15.04.2028</translation>
    </message>
    <message>
        <source>With 0.025 BTC of fees a block, the reward falls from 3.15 to 1.5875 BTC a block: the output falls by 49.6 %.
The break-even BTC price of a 200 TH/s machine at $0.06 per kWh rises from $40,788 to about $80,933.</source>
        <translation>При комиссиях 0,025 BTC в блоке вознаграждение падает с 3,15 до 1,5875 BTC за блок: добыча снижается на 49,6 %.
Цена BTC безубыточности устройства на 200 TH/s при 0,06 $ за кВт·ч растёт с 40 788 $ примерно до 80 933 $.</translation>
    </message>
    <message>
        <source>Break-even BTC price and tariff</source>
        <translation>Цена BTC и тариф безубыточности</translation>
    </message>
    <message>
        <source>The BTC price, or the power tariff, at which mining today just pays for its electricity.</source>
        <translation>Цена BTC (или тариф на электроэнергию), при которой майнинг сегодня только окупает электроэнергию.</translation>
    </message>
    <message>
        <source>Below the break-even price every day of mining costs more in power than the BTC it brings. The break-even tariff is the same line seen from the other side: the most you can pay per kWh at today's price.

Both count only electricity (not hosting fees, depreciation or the price of the machine) at today's difficulty; see Cost to mine 1 BTC for the full cost.</source>
        <translation>Ниже цены безубыточности каждый день майнинга стоит в электроэнергии больше, чем приносит BTC. Тариф безубыточности — та же граница с другой стороны: сколько максимум можно платить за кВт·ч при сегодняшней цене.

Оба показателя учитывают только электроэнергию (без оплаты хостинга, амортизации и цены устройства) при сегодняшней сложности; полные затраты — в «Себестоимости 1 BTC».</translation>
    </message>
    <message>
        <source>Break-even price = energy cost per day ÷ BTC per day
Break-even tariff = revenue per day ÷ kWh per day
kWh per day = power [W] × 24 × uptime ÷ 1,000</source>
        <translation>Цена безубыточности = стоимость электроэнергии в день ÷ BTC в день
Тариф безубыточности = выручка в день ÷ кВт·ч в день
кВт·ч в день = мощность [Вт] × 24 × время работы ÷ 1 000</translation>
    </message>
    <message>
        <source>200 TH/s at 3,500 W, uptime 97 %: 81.48 kWh a day, $4.89 at $0.06 per kWh.
It mines 0.00011986 BTC a day: break-even price = 4.89 ÷ 0.00011986 = $40,788.
At $100,000 the revenue is $11.99 a day: break-even tariff = 11.99 ÷ 81.48 = $0.147 per kWh.</source>
        <translation>200 TH/s при 3 500 Вт, время работы 97 %: 81,48 кВт·ч в день, 4,89 $ при 0,06 $ за кВт·ч.
Добыча 0,00011986 BTC в день: цена безубыточности = 4,89 ÷ 0,00011986 = 40 788 $.
При цене 100 000 $ выручка — 11,99 $ в день: тариф безубыточности = 11,99 ÷ 81,48 = 0,147 $ за кВт·ч.</translation>
    </message>
    <message>
        <source>Cost to mine 1 BTC</source>
        <translation>Себестоимость 1 BTC</translation>
    </message>
    <message>
        <source>What one mined BTC cost you: the costs of a period ÷ the BTC mined in it.</source>
        <translation>Во что вам обошёлся один добытый BTC: затраты за период ÷ BTC, добытые за этот период.</translation>
    </message>
    <message>
        <source>Compare it with the BTC price: the difference is your margin per BTC.

The calculator counts only electricity over its horizon, with the difficulty growth and halvings. The Dashboard and Mining &amp; holdings ▸ By month count your books: the energy cost, the sites' monthly fees (hosting or rent) and the straight-line depreciation of the machines; the Dashboard shows the last full month.</source>
        <translation>Сравните её с ценой BTC: разница — ваша маржа на 1 BTC.

Калькулятор учитывает только электроэнергию за горизонт расчёта, с ростом сложности и халвингами. «Сводка» и «Добыча и остаток BTC ▸ По месяцам» считают по вашему учёту: стоимость электроэнергии, ежемесячную плату площадок (хостинг или аренда) и линейную амортизацию устройств; «Сводка» показывает последний полный месяц.</translation>
    </message>
    <message>
        <source>Calculator: energy cost over the horizon ÷ BTC mined over the horizon
Books: (energy + site fees + depreciation) ÷ BTC mined in the month</source>
        <translation>Калькулятор: стоимость электроэнергии за горизонт ÷ BTC, добытые за горизонт
Учёт: (электроэнергия + плата площадок + амортизация) ÷ BTC, добытые за месяц</translation>
    </message>
    <message>
        <source>A month with 180,000 ₽ of electricity, 20,000 ₽ of hosting fees and 100,000 ₽ of depreciation, 0.06 BTC mined: 300,000 ÷ 0.06 = 5,000,000 ₽ per BTC.
At a BTC price of 5,700,000 ₽ the margin is 700,000 ₽ per BTC.</source>
        <translation>Месяц: электроэнергия 180 000 ₽, хостинг 20 000 ₽, амортизация 100 000 ₽, добыто 0,06 BTC: 300 000 ÷ 0,06 = 5 000 000 ₽ за 1 BTC.
При цене BTC 5 700 000 ₽ маржа — 700 000 ₽ на 1 BTC.</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>How many days of mining profit pay back a machine's purchase price.</source>
        <translation>За сколько дней прибыль от майнинга окупит цену покупки устройства.</translation>
    </message>
    <message>
        <source>The calculator adds up each day's profit (revenue − power) with the difficulty growing and the subsidy halving on the way, and gives the first day on which the sum reaches the purchase price, or “not within 10 years”. The BTC price and the tariff stay flat, so read it as a scenario, not a promise.</source>
        <translation>Калькулятор суммирует прибыль каждого дня (выручка − электроэнергия) с учётом роста сложности и халвингов и показывает первый день, когда сумма достигает цены покупки, либо «не в пределах 10 лет». Цена BTC и тариф при этом неизменны, так что это сценарий, а не обещание.</translation>
    </message>
    <message>
        <source>Payback = the first day n on which Σ profit (day 1 … n) ≥ purchase price, looked for up to 10 years</source>
        <translation>Окупаемость = первый день n, для которого Σ прибыль (дни 1 … n) ≥ цена покупки; поиск — до 10 лет</translation>
    </message>
    <message>
        <source>A $3,000 machine that earns $7.10 a day after power (200 TH/s, BTC at $100,000, $0.06 per kWh, flat difficulty): 423 days. With a growing difficulty it takes longer.</source>
        <translation>Устройство за 3 000 $, приносящее 7,10 $ в день после оплаты электроэнергии (200 TH/s, BTC по 100 000 $, 0,06 $ за кВт·ч, сложность неизменна): 423 дня. При растущей сложности — дольше.</translation>
    </message>
    <message>
        <source>Sell or borrow</source>
        <translation>Продать или занять</translation>
    </message>
    <message>
        <source>Raise the money by selling BTC now, or borrow against the BTC and keep it: which leaves you better off when the loan ends.</source>
        <translation>Получить деньги, продав BTC сейчас, или занять под залог BTC и сохранить их: что выгоднее к концу срока кредита.</translation>
    </message>
    <message>
        <source>Selling costs you the BTC sold; borrowing costs you the loan's payments, but you keep all your BTC (the collateral comes back at maturity). So borrowing pays if the BTC price at maturity is above the break-even price, and selling is better below it.

The Risk tab compares the two at end prices from half to twice today's. It leaves out a liquidation on the way (the backtest and Monte Carlo show that risk) and taxes.</source>
        <translation>Продажа стоит вам проданных BTC; кредит стоит платежей по нему, но все BTC остаются у вас (залог возвращается при погашении). Поэтому занимать выгоднее, если цена BTC к концу срока окажется выше цены безубыточности, а ниже неё выгоднее продать.

Вкладка «Риски» сравнивает оба варианта при ценах в конце срока от половины до двойной текущей. Ликвидация по ходу срока (её риск показывают бэктест и метод Монте-Карло) и налоги не учитываются.</translation>
    </message>
    <message>
        <source>BTC sold = amount ÷ today's price, rounded up to a satoshi
Sell: (BTC held − BTC sold) × end price
Borrow: BTC held × end price − total paid on the loan
Break-even end price = total paid ÷ BTC sold</source>
        <translation>Продаётся BTC = сумма ÷ текущая цена, с округлением вверх до сатоши
Продать: (BTC на балансе − проданные BTC) × цена в конце срока
Занять: BTC на балансе × цена в конце срока − всё уплаченное по кредиту
Цена безубыточности в конце срока = всё уплаченное ÷ проданные BTC</translation>
    </message>
    <message>
        <source>You need $50,000 and hold 1.5 BTC at $100,000. Selling takes 0.5 BTC; the 12 % loan with a 2 % fee costs $57,000 in all.
Break-even = 57,000 ÷ 0.5 = $114,000.
At $150,000: selling leaves $150,000, borrowing 1.5 × 150,000 − 57,000 = $168,000. At $80,000: $80,000 against $63,000.</source>
        <translation>Вам нужно 50 000 $, на балансе 1,5 BTC по 100 000 $. Продажа заберёт 0,5 BTC; кредит под 12 % с комиссией 2 % обойдётся в 57 000 $ с учётом всех платежей.
Безубыточность = 57 000 ÷ 0,5 = 114 000 $.
При 150 000 $: после продажи останется 150 000 $, с кредитом — 1,5 × 150 000 − 57 000 = 168 000 $. При 80 000 $: 80 000 $ против 63 000 $.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Бэктест</translation>
    </message>
    <message>
        <source>The same loan started on every past day of the price history: how often it would have met a margin call or been liquidated.</source>
        <translation>Тот же кредит, выданный в каждый день ценовой истории: как часто он получил бы маржин-колл или был бы ликвидирован.</translation>
    </message>
    <message>
        <source>History does not repeat exactly, but it shows how violent BTC's falls have been. The app starts the loan on each day of the bundled history whose whole term fits (or from a chosen day), pledges what the initial LTV requires at that day's price, and follows the daily closes over the term with the debt changing as the schedule says.

The figures: the start dates tested, the share that met a margin call, the share liquidated, the worst LTV and the median BTC left at maturity, without and with top-ups from mining.</source>
        <translation>История не повторяется в точности, но показывает, насколько резкими бывали падения BTC. Приложение «выдаёт» кредит в каждый день встроенной истории, в который укладывается весь срок (или начиная с выбранной даты), закладывает столько BTC, сколько требует начальный LTV по цене этого дня, и прослеживает дневные цены закрытия за весь срок, меняя долг по графику платежей.

Показатели: число проверенных дат начала, доля с маржин-коллом, доля ликвидированных, наихудший LTV и медианный остаток BTC в конце срока — без пополнения залога из добычи и с ним.</translation>
    </message>
    <message>
        <source>LTV on day t = debt on day t ÷ (BTC pledged × close on day t)
BTC pledged = debt on the start day ÷ (initial LTV × close on the start day)
Share liquidated = start dates with LTV ≥ the liquidation LTV on some day ÷ start dates tested</source>
        <translation>LTV в день t = долг в день t ÷ (BTC в залоге × цена закрытия дня t)
BTC в залоге = долг в день выдачи ÷ (начальный LTV × цена закрытия дня выдачи)
Доля ликвидированных = даты начала, для которых LTV хотя бы раз достиг LTV ликвидации ÷ все проверенные даты</translation>
    </message>
    <message>
        <source>Initial LTV 50 %, liquidation at 80 %: with a flat debt a loan is liquidated when BTC closes 37.5 % below its start price (50 ÷ 80 = 0.625).
If 300 of 4,997 start dates get there, the share liquidated is 6.0 %.</source>
        <translation>Начальный LTV 50 %, ликвидация при 80 %: при неизменном долге кредит ликвидируется, если BTC закроется на 37,5 % ниже цены в день выдачи (50 ÷ 80 = 0,625).
Если так случилось для 300 из 4 997 дат начала, доля ликвидированных — 6,0 %.</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Метод Монте-Карло</translation>
    </message>
    <message>
        <source>Thousands of simulated but realistic price paths: the probability of a margin call or a liquidation during the term.</source>
        <translation>Тысячи смоделированных, но реалистичных траекторий цены: вероятность маржин-колла или ликвидации за срок кредита.</translation>
    </message>
    <message>
        <source>A backtest has only one history; Monte Carlo draws many possible futures from it. Block bootstrap joins random 30-day pieces of real daily price changes (so calm and stormy periods stay together); GBM draws daily changes from a normal distribution with the history's average and volatility.

The loan is run on every path: a probability is the share of paths that reach the level, and the bands show the LTV of 5, 25, 50, 75 and 95 % of the paths. The same seed gives the same paths, so a result can be repeated.</source>
        <translation>У бэктеста есть только одна история; метод Монте-Карло строит по ней множество возможных вариантов будущего. Блочный бутстрэп склеивает случайные 30-дневные отрезки реальных дневных изменений цены (так спокойные и бурные периоды сохраняются); ГБД (геометрическое броуновское движение) берёт дневные изменения из нормального распределения со средним и волатильностью истории.

Кредит прогоняется по каждой траектории: вероятность — доля траекторий, достигших уровня, а полосы показывают LTV для 5, 25, 50, 75 и 95 % траекторий. Одно и то же зерно (seed) даёт одни и те же траектории, поэтому результат можно воспроизвести.</translation>
    </message>
    <message>
        <source>Daily log return r = ln(close of the day ÷ close of the day before)
Path: price on day t = price today × exp(r₁ + … + rₜ)
Probability = paths with LTV ≥ the level on some day ÷ all paths</source>
        <translation>Дневная логарифмическая доходность r = ln(цена закрытия дня ÷ цена закрытия предыдущего дня)
Траектория: цена в день t = текущая цена × exp(r₁ + … + rₜ)
Вероятность = траектории, на которых LTV хотя бы раз достиг уровня ÷ все траектории</translation>
    </message>
    <message>
        <source>10,000 paths over 365 days; 1,240 reach the margin-call LTV and 410 the liquidation LTV: the probability of a margin call is 12.4 %, of liquidation 4.1 %.</source>
        <translation>10 000 траекторий на 365 дней; 1 240 достигают LTV маржин-колла, 410 — LTV ликвидации: вероятность маржин-колла — 12,4 %, ликвидации — 4,1 %.</translation>
    </message>
    <message>
        <source>Stress test and drawdowns</source>
        <translation>Стресс-тест и просадки</translation>
    </message>
    <message>
        <source>What instant falls of 30, 50 and 70 %, and the worst falls in BTC's history, would do to the loan.</source>
        <translation>Что сделают с кредитом мгновенные падения цены на 30, 50 и 70 % и худшие падения за историю BTC.</translation>
    </message>
    <message>
        <source>The stress table lets the price fall on the first day and stay there: the LTV after the fall, the peak LTV over the term (a growing debt pushes it higher) and whether that means a margin call or a liquidation.

A drawdown is a fall from a previous high. The app finds the three worst in the history over a window as long as the loan and replays each on the loan, day by day from its peak.</source>
        <translation>В таблице стресс-теста цена падает в первый день и остаётся на этом уровне: LTV после падения, пиковый LTV за срок (растущий долг поднимает его выше) и означает ли это маржин-колл или ликвидацию.

Просадка — падение от предыдущего максимума. Приложение находит три худшие просадки в истории на отрезке длиной в срок кредита и применяет каждую к кредиту день за днём, начиная с её пика.</translation>
    </message>
    <message>
        <source>LTV after a fall = LTV today ÷ (1 − fall)
Drawdown on a day = 1 − close ÷ the highest close of the previous N days</source>
        <translation>LTV после падения = текущий LTV ÷ (1 − падение)
Просадка в день = 1 − цена закрытия ÷ максимальная цена закрытия за предыдущие N дней</translation>
    </message>
    <message>
        <source>At an LTV of 50 %: a 30 % fall gives 50 ÷ 0.7 = 71.4 %, above a 70 % margin call; a 50 % fall gives 100 %, beyond an 80 % liquidation level.</source>
        <translation>При LTV 50 %: падение на 30 % даёт 50 ÷ 0,7 = 71,4 % — выше маржин-колла при 70 %; падение на 50 % даёт 100 % — за уровнем ликвидации 80 %.</translation>
    </message>
    <message>
        <source>Click, or press Space, for the explanation, the formula and an example.</source>
        <translation>Нажмите (мышью или пробелом), чтобы открыть пояснение, формулу и пример.</translation>
    </message>
    <message>
        <source>What does “{0}” mean?</source>
        <translation>Что означает «{0}»?</translation>
    </message>
</context>
<context>
    <name>GlossaryDock</name>
    <message>
        <source>What does this mean?</source>
        <translation>Что это значит?</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Search the glossary:</source>
        <translation>Поиск по глоссарию:</translation>
    </message>
    <message>
        <source>a word, e.g. LTV or difficulty</source>
        <translation>слово, например LTV или сложность</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Поиск по глоссарию</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Термины</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>Что это значит?</translation>
    </message>
    <message>
        <source>No term matches “{0}”.</source>
        <translation>Нет терминов по запросу «{0}».</translation>
    </message>
    <message>
        <source>How the app computes it</source>
        <translation>Как это считает приложение</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>См. также:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>equipment</source>
        <translation>оборудования</translation>
    </message>
    <message>
        <source>energy records</source>
        <translation>записей по электроэнергии</translation>
    </message>
    <message>
        <source>payouts</source>
        <translation>выплат</translation>
    </message>
    <message>
        <source>disposals</source>
        <translation>выбытий BTC</translation>
    </message>
    <message>
        <source>Import {0} from CSV</source>
        <translation>Импорт {0} из CSV</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}, delimiter: {2}, decimal {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}, разделитель: {2}, десятичный знак: {3}</translation>
    </message>
    <message>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <source>* required. The mapping is remembered for files with the same columns.</source>
        <translation>* — обязательные. Сопоставление запоминается для файлов с такими же столбцами.</translation>
    </message>
    <message>
        <source>Mapping remembered from an earlier import of this layout.</source>
        <translation>Сопоставление взято из прошлого импорта файла с такой же структурой.</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Импорт файла {0}…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>Nothing was imported: {0} problem(s). Fix the file or the column mapping and try again.</source>
        <translation>Ничего не импортировано, проблем: {0}. Исправьте файл или сопоставление столбцов и повторите попытку.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>строка {0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>, column “{0}”</source>
        <translation>, столбец «{0}»</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
</context>
<context>
    <name>LegalForm</name>
    <message>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Sole trader (IP)</source>
        <translation>Индивидуальный предприниматель</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Юридическое лицо</translation>
    </message>
</context>
<context>
    <name>Loans</name>
    <message>
        <source>no BTC/{0} price is known for {1}: give --price, enter a manual price, or update prices online</source>
        <translation>цена BTC/{0} на {1} неизвестна: укажите --price, введите цену вручную или обновите цены онлайн</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>Пред&amp;ложение:</translation>
    </message>
    <message>
        <source>Open offer f&amp;ile…</source>
        <translation>&amp;Открыть файл предложения…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <source>Save to &amp;file…</source>
        <translation>Со&amp;хранить в файл…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>what the initial LTV requires</source>
        <translation>сколько требует начальный LTV</translation>
    </message>
    <message>
        <source>Pledge all holdi&amp;ngs</source>
        <translation>Заложить &amp;весь остаток</translation>
    </message>
    <message>
        <source>same as today</source>
        <translation>как сегодня</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Су&amp;мма кредита:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Дата &amp;начала:</translation>
    </message>
    <message>
        <source>BTC pri&amp;ce:</source>
        <translation>&amp;Цена BTC:</translation>
    </message>
    <message>
        <source>Pledged &amp;BTC:</source>
        <translation>BTC в зало&amp;ге:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Оборудование:</translation>
    </message>
    <message>
        <source>Price at maturit&amp;y:</source>
        <translation>Цена в &amp;конце срока:</translation>
    </message>
    <message>
        <source>Sa&amp;ve simulation…</source>
        <translation>Сохранить рас&amp;чёт…</translation>
    </message>
    <message>
        <source>Results at a glance</source>
        <translation>Основные результаты</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Обеспечение</translation>
    </message>
    <message>
        <source>Initial LTV</source>
        <translation>Начальный LTV</translation>
    </message>
    <message>
        <source>Margin-call price</source>
        <translation>Цена маржин-колла</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>Цена ликвидации</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>Первый платёж</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>Проценты всего</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>Комиссии всего</translation>
    </message>
    <message>
        <source>Net disbursed</source>
        <translation>К выдаче за вычетом комиссий</translation>
    </message>
    <message>
        <source>APR</source>
        <translation>Эффективная годовая ставка (APR)</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Дата погашения</translation>
    </message>
    <message>
        <source>At a margin call</source>
        <translation>При маржин-колле</translation>
    </message>
    <message>
        <source>PSK (full cost of credit, 353-FZ)</source>
        <translation>ПСК (полная стоимость кредита, 353-ФЗ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток долга</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>График платежей</translation>
    </message>
    <message>
        <source>LTV over time</source>
        <translation>Динамика LTV</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>No offers: open an offer file.</source>
        <translation>Нет предложений: откройте файл предложения.</translation>
    </message>
    <message>
        <source>{0} % a year</source>
        <translation>{0} % годовых</translation>
    </message>
    <message>
        <source>BTC</source>
        <translation>BTC</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>оборудование</translation>
    </message>
    <message>
        <source>BTC and equipment</source>
        <translation>BTC и оборудование</translation>
    </message>
    <message>
        <source>bullet (all at maturity)</source>
        <translation>в конце срока (весь долг сразу)</translation>
    </message>
    <message>
        <source>interest only</source>
        <translation>только проценты</translation>
    </message>
    <message>
        <source>annuity</source>
        <translation>аннуитет</translation>
    </message>
    <message>
        <source>{0}; collateral: {1}; repayment: {2}; LTV {3} / {4} / {5} %</source>
        <translation>{0}; залог: {1}; погашение: {2}; LTV {3} / {4} / {5} %</translation>
    </message>
    <message>
        <source>Illustrative, not a real offer.</source>
        <translation>Пример для иллюстрации, а не реальное предложение.</translation>
    </message>
    <message>
        <source>No BTC price in {0} is known: enter one.</source>
        <translation>Цена BTC в {0} неизвестна: введите её.</translation>
    </message>
    <message>
        <source>{0} price of {1}</source>
        <translation>Цена на {1}: {0}</translation>
    </message>
    <message>
        <source>Choose a profile to see what its holdings allow.</source>
        <translation>Выберите профиль, чтобы увидеть, какую сумму позволяет его обеспечение.</translation>
    </message>
    <message>
        <source>Largest amount your holdings allow: unknown without a BTC price.</source>
        <translation>Наибольшая сумма при вашем обеспечении: неизвестна без цены BTC.</translation>
    </message>
    <message>
        <source>Largest amount your holdings allow: {0}</source>
        <translation>Наибольшая сумма при вашем обеспечении: {0}</translation>
    </message>
    <message>
        <source>Holdings: {0}</source>
        <translation>Остаток BTC: {0}</translation>
    </message>
    <message>
        <source>{0} market value, {1} % counted</source>
        <translation>рыночная стоимость {0}, учитывается {1} %</translation>
    </message>
    <message>
        <source>{0}

{1}</source>
        <translation>{0}

{1}</translation>
    </message>
    <message>
        <source>Open offer file</source>
        <translation>Открытие файла предложения</translation>
    </message>
    <message>
        <source>Offer files (*.json);;All files (*)</source>
        <translation>Файлы предложений (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>An offer “{0}” is already in the list. Replace it?</source>
        <translation>Предложение «{0}» уже есть в списке. Заменить его?</translation>
    </message>
    <message>
        <source>Edit offer {0}</source>
        <translation>Изменение предложения {0}</translation>
    </message>
    <message>
        <source>Duplicate offer</source>
        <translation>Дублирование предложения</translation>
    </message>
    <message>
        <source>Id of the copy (lower-case latin letters, digits, hyphens):</source>
        <translation>ID копии (строчные латинские буквы, цифры, дефисы):</translation>
    </message>
    <message>
        <source>There is already an offer “{0}”.</source>
        <translation>Предложение «{0}» уже существует.</translation>
    </message>
    <message>
        <source>New offer {0}</source>
        <translation>Новое предложение {0}</translation>
    </message>
    <message>
        <source>Save offer to file</source>
        <translation>Сохранение предложения в файл</translation>
    </message>
    <message>
        <source>Delete offer</source>
        <translation>Удаление предложения</translation>
    </message>
    <message>
        <source>Delete the offer “{0} — {1}”?</source>
        <translation>Удалить предложение «{0} — {1}»?</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Choose an offer.</source>
        <translation>Выберите предложение.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма кредита</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>значение должно быть больше нуля</translation>
    </message>
    <message>
        <source>BTC price</source>
        <translation>Цена BTC</translation>
    </message>
    <message>
        <source>enter the price in {0}</source>
        <translation>введите цену в {0}</translation>
    </message>
    <message>
        <source>Pledged BTC</source>
        <translation>BTC в залоге</translation>
    </message>
    <message>
        <source>Price at maturity</source>
        <translation>Цена в конце срока</translation>
    </message>
    <message>
        <source>{0} ({1} % from today)</source>
        <translation>{0} ({1} % от текущей цены)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>equipment {0}</source>
        <translation>оборудование {0}</translation>
    </message>
    <message>
        <source>{0} %, {1}</source>
        <translation>{0} %, {1}</translation>
    </message>
    <message>
        <source>add {0} or repay {1} (back to {2} % LTV)</source>
        <translation>внести {0} или погасить {1} (до LTV {2} %)</translation>
    </message>
    <message>
        <source>Payments: principal and interest, {0}</source>
        <translation>Платежи: основной долг и проценты, {0}</translation>
    </message>
    <message>
        <source>Margin call</source>
        <translation>Маржин-колл</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Ликвидация</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Not eligible: {0}</source>
        <translation>Условия не выполнены: {0}</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Соответствует требованиям</translation>
    </message>
    <message>
        <source>LTV at today's price</source>
        <translation>LTV по текущей цене</translation>
    </message>
    <message>
        <source>LTV if the price moves to {0}</source>
        <translation>LTV, если цена изменится до {0}</translation>
    </message>
    <message>
        <source>Margin call {0} %</source>
        <translation>Маржин-колл {0} %</translation>
    </message>
    <message>
        <source>Liquidation {0} %</source>
        <translation>Ликвидация {0} %</translation>
    </message>
    <message>
        <source>LTV over the term, %</source>
        <translation>LTV за срок кредита, %</translation>
    </message>
    <message>
        <source>Compare at most {0} offers.</source>
        <translation>Сравнить можно не более {0} предложений.</translation>
    </message>
    <message>
        <source>default amount</source>
        <translation>сумма по умолчанию</translation>
    </message>
    <message>
        <source>raised to the minimum</source>
        <translation>увеличена до минимальной</translation>
    </message>
    <message>
        <source>lowered to the maximum</source>
        <translation>уменьшена до максимальной</translation>
    </message>
    <message>
        <source>term {0} months</source>
        <translation>срок {0} мес.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>PSK</source>
        <translation>ПСК</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>no BTC price</source>
        <translation>нет цены BTC</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} мес.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no: {0}</source>
        <translation>нет: {0}</translation>
    </message>
    <message>
        <source>Each offer is shown in its own currency; amounts are not converted. Offers in {0} use the amount, term and price above where they allow; an offer in another currency borrows half of what the holdings allow at its own price.</source>
        <translation>Каждое предложение показано в своей валюте; суммы не пересчитываются. Для предложений в {0} берутся сумма, срок и цена, указанные выше, если условия предложения это допускают; по предложению в другой валюте берётся половина суммы, которую позволяет обеспечение по цене в этой валюте.</translation>
    </message>
    <message>
        <source>Check up to {0} offers in the list to compare them.</source>
        <translation>Отметьте в списке до {0} предложений, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Save simulation</source>
        <translation>Сохранение расчёта</translation>
    </message>
    <message>
        <source>Name of the simulation:</source>
        <translation>Название расчёта:</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Simulation “{0}” saved (no. {1}).</source>
        <translation>Расчёт «{0}» сохранён (№ {1}).</translation>
    </message>
</context>
<context>
    <name>MachinesStepPage</name>
    <message>
        <source>Step 3 of 3: the machines</source>
        <translation>Шаг 3 из 3: машины</translation>
    </message>
    <message>
        <source>The machines are the collateral: the bank values them by model, hashrate and age, and checks the serial numbers when it inspects the site.</source>
        <translation>Машины — это залог: банк оценивает их по модели, хешрейту и возрасту и сверяет серийные номера, когда осматривает площадку.</translation>
    </message>
    <message>
        <source>&amp;bought on</source>
        <translation>&amp;куплены</translation>
    </message>
    <message>
        <source>per machine, optional</source>
        <translation>за машину, необязательно</translation>
    </message>
    <message>
        <source>&amp;price:</source>
        <translation>&amp;цена:</translation>
    </message>
    <message>
        <source>optional: one per line, as many as machines; left empty, they are numbered no-serial-001, no-serial-002, …</source>
        <translation>необязательно: по одному на строку, столько, сколько машин; если оставить пустым, машины получат номера no-serial-001, no-serial-002, …</translation>
    </message>
    <message>
        <source>From the &amp;catalogue:</source>
        <translation>Из к&amp;аталога:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Производитель:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>&amp;Hashrate, TH/s:</source>
        <translation>&amp;Хешрейт, TH/s:</translation>
    </message>
    <message>
        <source>Po&amp;wer, W:</source>
        <translation>Мо&amp;щность, Вт:</translation>
    </message>
    <message>
        <source>How many &amp;units:</source>
        <translation>&amp;Сколько машин:</translation>
    </message>
    <message>
        <source>P&amp;urchase:</source>
        <translation>Пок&amp;упка:</translation>
    </message>
    <message>
        <source>&amp;Serial numbers:</source>
        <translation>Серийные номе&amp;ра:</translation>
    </message>
    <message>
        <source>No serial numbers: the machines are numbered for now.</source>
        <translation>Без серийных номеров: пока машины просто пронумерованы.</translation>
    </message>
    <message>
        <source>{0} serial number(s) for {1} machine(s)</source>
        <translation>Серийных номеров: {0}, машин: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Новый профиль…</translation>
    </message>
    <message>
        <source>&amp;Edit or rename profile…</source>
        <translation>&amp;Изменить или переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Удалить профиль…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>{0} (shared database)</source>
        <translation>{0} (общая база данных)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Navigation ⇄ page</source>
        <translation>&amp;Навигация ⇄ страница</translation>
    </message>
    <message>
        <source>&amp;Reload from the database</source>
        <translation>&amp;Обновить из базы данных</translation>
    </message>
    <message>
        <source>Show what others saved meanwhile (another advisor on a shared database, another window, the command line)</source>
        <translation>Показать то, что сохранили другие за это время (другой консультант в общей базе, другое окно, командная строка)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>What does this &amp;mean?</source>
        <translation>&amp;Что это значит?</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Добро пожаловать…</translation>
    </message>
    <message>
        <source>&amp;About HashPledge</source>
        <translation>&amp;О программе HashPledge</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Про&amp;филь:</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>Delete the profile '{0}' and everything recorded for it ({1} machines, {2} payouts, {3} energy records)?

A backup of the database is made first.</source>
        <translation>Удалить профиль «{0}» и все его записи (устройств: {1}, выплат: {2}, записей по электроэнергии: {3})?

Перед удалением будет сделана резервная копия базы.</translation>
    </message>
    <message>
        <source>Delete the profile '{0}' and everything recorded for it ({1} machines, {2} payouts, {3} energy records)?

This is the shared database: the profile is deleted for every advisor at once and cannot be undone here.</source>
        <translation>Удалить профиль «{0}» и все его записи (устройств: {1}, выплат: {2}, записей по электроэнергии: {3})?

Это общая база данных: профиль будет удалён сразу для всех консультантов, и здесь это не отменить.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Online data allowed</source>
        <translation>Загрузка данных из сети разрешена</translation>
    </message>
    <message>
        <source>No network request is sent; bundled and cached data are used</source>
        <translation>Запросы в сеть не отправляются; используются встроенные и сохранённые данные</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>The data of {0} is now in use.</source>
        <translation>Теперь используются данные из {0}.</translation>
    </message>
    <message>
        <source>BTC price and network difficulty: Coin Metrics Community Data (CC BY-NC 4.0). USD/RUB: official rates of the Bank of Russia.</source>
        <translation>Цена BTC и сложность сети: Coin Metrics Community Data (CC BY-NC 4.0). USD/RUB: официальные курсы Банка России.</translation>
    </message>
    <message>
        <source>About HashPledge</source>
        <translation>О программе HashPledge</translation>
    </message>
    <message>
        <source>HashPledge {0}
Farm books, loan simulation and bank collateral packages for Bitcoin miners.

Bundled data: {1}</source>
        <translation>HashPledge {0}
Учёт фермы, расчёт кредитов и пакеты документов о залоге для банков — для майнеров биткоина.

Встроенные данные: {1}</translation>
    </message>
</context>
<context>
    <name>Market</name>
    <message>
        <source>difficulty {0}, {1} TH/s, fees {2} sat/block</source>
        <translation>сложность {0}, {1} TH/s, комиссии {2} сат/блок</translation>
    </message>
    <message>
        <source>{0} addresses checked</source>
        <translation>проверено адресов: {0}</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>&amp;Update now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <source>BTC price and network today</source>
        <translation>Цена BTC и показатели сети сегодня</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Сложность сети</translation>
    </message>
    <message>
        <source>Network hashrate</source>
        <translation>Хешрейт сети</translation>
    </message>
    <message>
        <source>Fees per block</source>
        <translation>Комиссии за блок</translation>
    </message>
    <message>
        <source>Online sources</source>
        <translation>Онлайн-источники данных</translation>
    </message>
    <message>
        <source>Nothing is sent while online data is off (Settings). Each server address can point at another compatible server, e.g. the bank's own Esplora.</source>
        <translation>Пока загрузка данных из сети выключена (Настройки), ничего не отправляется. Вместо адреса каждого сервера можно указать другой совместимый сервер, например собственный сервер Esplora банка.</translation>
    </message>
    <message>
        <source>Manual prices (they win over fetched and bundled prices for their date)</source>
        <translation>Цены, введённые вручную (на свою дату важнее загруженных и встроенных цен)</translation>
    </message>
    <message>
        <source>price of 1 BTC</source>
        <translation>цена 1 BTC</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>Добавить &amp;цену</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Удалить выбранные</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Price of 1 BTC</source>
        <translation>Цена 1 BTC</translation>
    </message>
    <message>
        <source>Market data</source>
        <translation>Рыночные данные</translation>
    </message>
    <message>
        <source>Online data is off (Settings)</source>
        <translation>Загрузка данных из сети выключена (Настройки)</translation>
    </message>
    <message>
        <source>no price: update online or enter one by hand</source>
        <translation>нет цены: обновите данные из сети или введите цену вручную</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0} EH/s</source>
        <translation>{0} EH/s</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>ещё не загружены</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>ещё не использовался</translation>
    </message>
    <message>
        <source>answered {0}</source>
        <translation>ответ получен {0}</translation>
    </message>
    <message>
        <source>failed {0}: {1}</source>
        <translation>сбой {0}: {1}</translation>
    </message>
    <message>
        <source>Updating market data</source>
        <translation>Обновление рыночных данных</translation>
    </message>
    <message>
        <source>Contacting the sources…</source>
        <translation>Обращение к источникам…</translation>
    </message>
    <message>
        <source>Some sources failed</source>
        <translation>Сбой некоторых источников</translation>
    </message>
    <message>
        <source>The app goes on with the data it has.

{0}</source>
        <translation>Программа продолжит работу с имеющимися данными.

{0}</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Не удалось обновить</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>Адрес должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>Price: {0}</source>
        <translation>Цена: {0}</translation>
    </message>
    <message>
        <source>Price: it must be more than zero, on a date not in the future.</source>
        <translation>Цена: должна быть больше нуля, а дата — не в будущем.</translation>
    </message>
    <message>
        <source>Remove prices</source>
        <translation>Удаление цен</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n manual price(s)?</source>
        <translation>
            <numerusform>Удалить %n цену, введённую вручную?</numerusform>
            <numerusform>Удалить %n цены, введённые вручную?</numerusform>
            <numerusform>Удалить %n цен, введённых вручную?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MiningCalc</name>
    <message>
        <source>{0} is outside the bundled {1} history ({2} to {3})</source>
        <translation>{0} — вне встроенной истории {1} (с {2} по {3})</translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation>сложности</translation>
    </message>
    <message>
        <source>BTC/USD price</source>
        <translation>цены BTC/USD</translation>
    </message>
    <message>
        <source>USD/RUB</source>
        <translation>курса USD/RUB</translation>
    </message>
    <message>
        <source>no bundled BTC price in {0}; pass the price</source>
        <translation>встроенной цены BTC в {0} нет; укажите цену</translation>
    </message>
</context>
<context>
    <name>MiningPage</name>
    <message>
        <source>Pa&amp;youts</source>
        <translation>&amp;Выплаты</translation>
    </message>
    <message>
        <source>&amp;Sales &amp;&amp; transfers</source>
        <translation>Прода&amp;жи и переводы</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>По &amp;месяцам</translation>
    </message>
    <message>
        <source>O&amp;n-chain</source>
        <translation>В &amp;блокчейне</translation>
    </message>
    <message>
        <source>Mining &amp; holdings</source>
        <translation>Добыча и остаток BTC</translation>
    </message>
    <message>
        <source>Holdings now</source>
        <translation>Остаток сейчас</translation>
    </message>
    <message>
        <source>Mined in total</source>
        <translation>Добыто всего</translation>
    </message>
    <message>
        <source>Sold, sent and fees in total</source>
        <translation>Продано, переведено и комиссии — всего</translation>
    </message>
    <message>
        <source>Holdings &amp;on</source>
        <translation>Остаток &amp;на</translation>
    </message>
    <message>
        <source>Holdings at the end of this day</source>
        <translation>Остаток на конец этого дня</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>BTC</source>
        <translation>BTC</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Пул</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>ID транзакции</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Balance after, BTC</source>
        <translation>Остаток после, BTC</translation>
    </message>
    <message>
        <source>Holdings right after this payout (payouts of a day are counted before that day's sales and transfers)</source>
        <translation>Остаток сразу после этой выплаты (выплаты дня учитываются раньше продаж и переводов того же дня)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Fiat received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Actual differs from expected by more than {0} %</source>
        <translation>Фактическая добыча отличается от ожидаемой более чем на {0} %</translation>
    </message>
    <message>
        <source>The month is not over: not checked</source>
        <translation>Месяц не закончился: проверка не проводится</translation>
    </message>
    <message>
        <source>Within {0} % of the expected output</source>
        <translation>В пределах {0} % от ожидаемой добычи</translation>
    </message>
    <message>
        <source>In progress: {0} days counted</source>
        <translation>Текущий месяц: учтено дней — {0}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (неполный)</translation>
    </message>
    <message>
        <source>Mined, BTC</source>
        <translation>Добыто, BTC</translation>
    </message>
    <message>
        <source>Expected, BTC</source>
        <translation>Ожидаемо, BTC</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>{0} kWh</source>
        <translation>{0} кВт·ч</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Амортизация</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Затраты всего</translation>
    </message>
    <message>
        <source>Cost per BTC</source>
        <translation>Себестоимость 1 BTC</translation>
    </message>
    <message>
        <source>BTC price</source>
        <translation>Цена BTC</translation>
    </message>
    <message>
        <source>At the end of the month</source>
        <translation>На конец месяца</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Импо&amp;рт CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Record a payout (Ctrl+N)</source>
        <translation>Добавить выплату (Ctrl+N)</translation>
    </message>
    <message>
        <source>Record a sale, a transfer out or a network fee (Ctrl+N)</source>
        <translation>Добавить продажу, перевод или комиссию сети (Ctrl+N)</translation>
    </message>
    <message>
        <source>{0} sales, transfers and fees</source>
        <translation>Продаж, переводов и комиссий: {0}</translation>
    </message>
    <message>
        <source>Expected output: the fleet's hashrate at each day's network difficulty, {0} % uptime, {1} % pool fee. Costs and prices in {2}; a month is flagged when the BTC mined differs from the expected by more than {3} %.</source>
        <translation>Ожидаемая добыча: хешрейт парка при сложности сети каждого дня, время работы {0} %, комиссия пула {1} %. Затраты и цены в {2}; месяц отмечается, если добыча BTC отличается от ожидаемой более чем на {3} %.</translation>
    </message>
    <message>
        <source>no BTC price in {0}</source>
        <translation>нет цены BTC в {0}</translation>
    </message>
    <message>
        <source>≈ {0}</source>
        <translation>≈ {0}</translation>
    </message>
    <message>
        <source>At {0} per BTC, the latest price known on {1}</source>
        <translation>По цене {0} за BTC — последней известной на {1}</translation>
    </message>
    <message>
        <source>{0} payouts</source>
        <translation>Выплат: {0}</translation>
    </message>
    <message>
        <source>of which sold: {0}</source>
        <translation>из них продано: {0}</translation>
    </message>
    <message>
        <source>{0} records: sold {1}, sent {2}, network fees {3}</source>
        <translation>Записей: {0}; продано {1}, переведено {2}, комиссии сети {3}</translation>
    </message>
    <message>
        <source>Mined and expected BTC per month</source>
        <translation>Добытые и ожидаемые BTC по месяцам</translation>
    </message>
    <message>
        <source>Mined</source>
        <translation>Добыто</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемо</translation>
    </message>
    <message>
        <source>Cost to mine 1 BTC against the BTC price, {0}</source>
        <translation>Себестоимость 1 BTC и цена BTC, {0}</translation>
    </message>
    <message>
        <source>thousand {0}</source>
        <translation>тыс. {0}</translation>
    </message>
    <message>
        <source>Copy &amp;transaction id</source>
        <translation>Копировать ID &amp;транзакции</translation>
    </message>
    <message>
        <source>Add payout of {0}</source>
        <translation>добавление выплаты {0}</translation>
    </message>
    <message>
        <source>Edit payout of {0}</source>
        <translation>изменение выплаты от {0}</translation>
    </message>
    <message>
        <source>Delete payouts</source>
        <translation>Удаление выплат</translation>
    </message>
    <message>
        <source>Delete {0} selected payout(s), {1} in all?</source>
        <translation>Удалить выбранные выплаты ({0}) на общую сумму {1}?</translation>
    </message>
    <message>
        <source>Delete payout of {0}</source>
        <translation>удаление выплаты от {0}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payouts</source>
        <translation>
            <numerusform>удаление %n выплаты</numerusform>
            <numerusform>удаление %n выплат</numerusform>
            <numerusform>удаление %n выплат</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {0} selected sale(s), transfer(s) or fee(s)?</source>
        <translation>Удалить выбранные продажи, переводы и комиссии ({0})?</translation>
    </message>
    <message>
        <source>Delete sale, transfer or fee of {0}</source>
        <translation>удаление продажи, перевода или комиссии от {0}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sales, transfers or fees</source>
        <translation>
            <numerusform>удаление %n продажи, перевода или комиссии</numerusform>
            <numerusform>удаление %n продаж, переводов или комиссий</numerusform>
            <numerusform>удаление %n продаж, переводов или комиссий</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
    <message>
        <source>Import payouts</source>
        <translation>Импорт выплат</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>импорт {0}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>{0} payouts added; {1} already recorded were skipped.</source>
        <translation>Добавлено выплат: {0}; пропущено уже учтённых: {1}.</translation>
    </message>
    <message>
        <source>Edit sale, transfer or fee of {0}</source>
        <translation>изменение продажи, перевода или комиссии от {0}</translation>
    </message>
    <message>
        <source>Add sale of {0}</source>
        <translation>добавление продажи {0}</translation>
    </message>
    <message>
        <source>Add transfer of {0}</source>
        <translation>добавление перевода {0}</translation>
    </message>
    <message>
        <source>Add network fee of {0}</source>
        <translation>добавление комиссии сети {0}</translation>
    </message>
    <message>
        <source>Delete sales and transfers</source>
        <translation>Удаление продаж и переводов</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Экспорт выплат</translation>
    </message>
    <message>
        <source>Export sales and transfers</source>
        <translation>Экспорт продаж и переводов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>{0} records written to {1}</source>
        <translation>В файл {1} выгружено записей: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись файла {0}…</translation>
    </message>
</context>
<context>
    <name>NetMessages</name>
    <message>
        <source>addresses of the {0} network cannot be checked</source>
        <translation>адреса сети {0} проверить нельзя</translation>
    </message>
    <message>
        <source>could not connect to {0} within {1} s</source>
        <translation>не удалось подключиться к {0} за {1} с</translation>
    </message>
    <message>
        <source>could not connect to {0}; check the internet connection</source>
        <translation>не удалось подключиться к {0}; проверьте подключение к интернету</translation>
    </message>
    <message>
        <source>no BTC/{0} prices for {1} – {2}</source>
        <translation>нет цен BTC/{0} за период {1} – {2}</translation>
    </message>
    <message>
        <source>online data is off (Settings: allow online data)</source>
        <translation>загрузка данных из сети выключена (Настройки: «Разрешить данные из сети»)</translation>
    </message>
    <message>
        <source>the address was deleted during the check</source>
        <translation>адрес удалён во время проверки</translation>
    </message>
    <message>
        <source>the answer declares an unknown encoding: {0}</source>
        <translation>в ответе указана неизвестная кодировка: {0}</translation>
    </message>
    <message>
        <source>the answer does not have the expected format</source>
        <translation>ответ не в ожидаемом формате</translation>
    </message>
    <message>
        <source>the answer has an impossible block range or fee total</source>
        <translation>в ответе невозможный диапазон блоков или сумма комиссий</translation>
    </message>
    <message>
        <source>the answer has an impossible difficulty or hashrate</source>
        <translation>в ответе невозможное значение сложности или хешрейта</translation>
    </message>
    <message>
        <source>the answer has an impossible price: {0}</source>
        <translation>в ответе невозможная цена: {0}</translation>
    </message>
    <message>
        <source>the answer has an impossible rate: {0}</source>
        <translation>в ответе невозможный курс: {0}</translation>
    </message>
    <message>
        <source>the answer has an unreadable date: {0}</source>
        <translation>в ответе не распознана дата: {0}</translation>
    </message>
    <message>
        <source>the answer has an unreadable nominal: {0}</source>
        <translation>в ответе не распознан номинал: {0}</translation>
    </message>
    <message>
        <source>the answer has an unreadable number: {0}</source>
        <translation>в ответе не распознано число: {0}</translation>
    </message>
    <message>
        <source>the answer has no BTC price in USD, RUB or EUR</source>
        <translation>в ответе нет цены BTC в USD, RUB или EUR</translation>
    </message>
    <message>
        <source>the answer has no USD or EUR rate</source>
        <translation>в ответе нет курса USD или EUR</translation>
    </message>
    <message>
        <source>the answer has no price for bitcoin</source>
        <translation>в ответе нет цены биткоина</translation>
    </message>
    <message>
        <source>the answer has no price list</source>
        <translation>в ответе нет списка цен</translation>
    </message>
    <message>
        <source>the answer has no rates ({0})</source>
        <translation>в ответе нет курсов ({0})</translation>
    </message>
    <message>
        <source>the answer is UTF-8 text declared as windows-1251 (wrong encoding)</source>
        <translation>ответ — текст в UTF-8, объявленный как windows-1251 (неверная кодировка)</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation>ответ — не XML</translation>
    </message>
    <message>
        <source>the answer is not a plain XML document</source>
        <translation>ответ — не простой XML-документ</translation>
    </message>
    <message>
        <source>the answer is not in the UTF-8 encoding JSON requires</source>
        <translation>ответ не в кодировке UTF-8, обязательной для JSON</translation>
    </message>
    <message>
        <source>the answer is not in the encoding it declares ({0})</source>
        <translation>ответ не в той кодировке, которая в нём указана ({0})</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>ответ — некорректный JSON</translation>
    </message>
    <message>
        <source>the answer is not valid XML</source>
        <translation>ответ — некорректный XML</translation>
    </message>
    <message>
        <source>the answer is too large (over {0} MB)</source>
        <translation>ответ слишком большой (более {0} МБ)</translation>
    </message>
    <message>
        <source>the answer was cut off or garbled; try again</source>
        <translation>ответ оборван или искажён; повторите попытку</translation>
    </message>
    <message>
        <source>the request failed ({0})</source>
        <translation>запрос не выполнен ({0})</translation>
    </message>
    <message>
        <source>the secure connection to {0} failed (certificate or TLS error)</source>
        <translation>не удалось установить защищённое соединение с {0} (ошибка сертификата или TLS)</translation>
    </message>
    <message>
        <source>the server address is not a valid http(s) URL: {0}</source>
        <translation>адрес сервера — не корректный URL http(s): {0}</translation>
    </message>
    <message>
        <source>the server did not answer within {0} s</source>
        <translation>сервер не ответил за {0} с</translation>
    </message>
    <message>
        <source>the server has a problem (HTTP {0}); try again later</source>
        <translation>ошибка на сервере (HTTP {0}); повторите попытку позже</translation>
    </message>
    <message>
        <source>the server is busy or limits requests (HTTP {0}); try again in {1} min</source>
        <translation>сервер перегружен или ограничивает число запросов (HTTP {0}); повторите попытку через {1} мин</translation>
    </message>
    <message>
        <source>the server refused the request (HTTP {0} {1})</source>
        <translation>сервер отклонил запрос (HTTP {0} {1})</translation>
    </message>
    <message>
        <source>the server refused the request (HTTP {0})</source>
        <translation>сервер отклонил запрос (HTTP {0})</translation>
    </message>
    <message>
        <source>the server refused the request with a web page (HTTP {0})</source>
        <translation>сервер отклонил запрос, вернув веб-страницу (HTTP {0})</translation>
    </message>
    <message>
        <source>the server rejects this address: {0} ({1})</source>
        <translation>сервер не принимает этот адрес: {0} ({1})</translation>
    </message>
    <message>
        <source>the server sent a web page instead of data (an error or anti-bot page?)</source>
        <translation>сервер прислал веб-страницу вместо данных (страница ошибки или защиты от ботов?)</translation>
    </message>
    <message>
        <source>the server sent an empty answer</source>
        <translation>сервер прислал пустой ответ</translation>
    </message>
    <message>
        <source>this source is turned off in the settings</source>
        <translation>этот источник выключен в настройках</translation>
    </message>
    <message>
        <source>too many requests (HTTP 429): the server limits requests; try again later</source>
        <translation>слишком много запросов (HTTP 429): сервер ограничивает число запросов; повторите попытку позже</translation>
    </message>
    <message>
        <source>{0} of {1} addresses could not be checked: {2}</source>
        <translation>адреса не проверены ({0} из {1}): {2}</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Edit offer</source>
        <translation>Изменение предложения</translation>
    </message>
    <message>
        <source>The offer in the JSON format of resources/offers (see its README). Shares of 1 for LTV thresholds, percentages for *_percent fields. Keys of your own must start with “x-”.</source>
        <translation>Предложение в формате JSON, как в resources/offers (см. README в этой папке). Пороги LTV — доли единицы, поля *_percent — в процентах. Собственные ключи должны начинаться с «x-».</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>OfferMessages</name>
    <message>
        <source>“{0}” is missing</source>
        <translation>не указан ключ «{0}»</translation>
    </message>
    <message>
        <source>someone else changed the offer “{0}” while you were editing it; nothing was saved. Close this window and open the offer again to see their version</source>
        <translation>кто-то другой изменил предложение «{0}», пока вы его редактировали; ничего не сохранено. Закройте это окно и откройте предложение снова, чтобы увидеть их версию</translation>
    </message>
    <message>
        <source>someone else has just added an offer “{0}”; nothing was saved. Choose another id</source>
        <translation>кто-то другой только что добавил предложение «{0}»; ничего не сохранено. Выберите другой идентификатор</translation>
    </message>
    <message>
        <source>someone else deleted the offer “{0}” while you were editing it; nothing was saved</source>
        <translation>кто-то другой удалил предложение «{0}», пока вы его редактировали; ничего не сохранено</translation>
    </message>
    <message>
        <source>unknown key “{0}” (keys of your own must start with “x-”)</source>
        <translation>неизвестный ключ «{0}» (собственные ключи должны начинаться с «x-»)</translation>
    </message>
    <message>
        <source>must be {0}, not {1}</source>
        <translation>ожидается {0}, а не {1}</translation>
    </message>
    <message>
        <source>must be one of {0}, not {1}</source>
        <translation>ожидается одно из значений {0}, а не {1}</translation>
    </message>
    <message>
        <source>this app reads offer format {0}, not {1}</source>
        <translation>программа читает предложения в формате {0}, а не {1}</translation>
    </message>
    <message>
        <source>must be at least {0}, not {1}</source>
        <translation>должно быть не меньше {0}, а не {1}</translation>
    </message>
    <message>
        <source>must be at most {0}, not {1}</source>
        <translation>должно быть не больше {0}, а не {1}</translation>
    </message>
    <message>
        <source>must be more than {0}, not {1}</source>
        <translation>должно быть больше {0}, а не {1}</translation>
    </message>
    <message>
        <source>must be less than {0}, not {1}</source>
        <translation>должно быть меньше {0}, а не {1}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>is longer than {0} characters</source>
        <translation>длиннее {0} символов</translation>
    </message>
    <message>
        <source>must be a short name of lower-case latin letters, digits and single hyphens, like “my-bank-2025”, not {0}</source>
        <translation>должно быть коротким именем из строчных латинских букв, цифр и одиночных дефисов, например «my-bank-2025», а не {0}</translation>
    </message>
    <message>
        <source>must be lower-case latin letters, digits and underscores, like “cbr_key_rate”, not {0}</source>
        <translation>должно состоять из строчных латинских букв, цифр и подчёркиваний, например «cbr_key_rate», а не {0}</translation>
    </message>
    <message>
        <source>does not have the expected form: {0}</source>
        <translation>не соответствует ожидаемому формату: {0}</translation>
    </message>
    <message>
        <source>must list at least {0} value(s)</source>
        <translation>в списке должно быть значений не меньше, чем {0}</translation>
    </message>
    <message>
        <source>lists the same value twice</source>
        <translation>одно и то же значение указано дважды</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not {0}</source>
        <translation>должно быть датой в формате ГГГГ-ММ-ДД, а не {0}</translation>
    </message>
    <message>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>must be a finite number, not {0}</source>
        <translation>должно быть конечным числом, а не {0}</translation>
    </message>
    <message>
        <source>an offer must be a JSON object {{…}}, not {0}</source>
        <translation>предложение должно быть объектом JSON {{…}}, а не {0}</translation>
    </message>
    <message>
        <source>the initial LTV ({0}) must be below the margin-call LTV ({1})</source>
        <translation>начальный LTV ({0}) должен быть ниже LTV маржин-колла ({1})</translation>
    </message>
    <message>
        <source>the margin-call LTV ({0}) must be below the liquidation LTV ({1})</source>
        <translation>LTV маржин-колла ({0}) должен быть ниже LTV ликвидации ({1})</translation>
    </message>
    <message>
        <source>the LTV a margin call must be cured to ({0}) cannot be above the margin-call LTV ({1})</source>
        <translation>LTV, до которого нужно восстановить обеспечение после маржин-колла ({0}), не может быть выше LTV маржин-колла ({1})</translation>
    </message>
    <message>
        <source>the shortest term ({0} months) is longer than the longest ({1} months)</source>
        <translation>наименьший срок ({0} мес.) больше наибольшего ({1} мес.)</translation>
    </message>
    <message>
        <source>the default term ({0} months) must lie between {1} and {2} months</source>
        <translation>срок по умолчанию ({0} мес.) должен быть от {1} до {2} мес.</translation>
    </message>
    <message>
        <source>the largest amount ({0}) is below the smallest ({1})</source>
        <translation>наибольшая сумма ({0}) меньше наименьшей ({1})</translation>
    </message>
    <message>
        <source>is missing: with collateral “{0}” the offer must say which share of the equipment's market value counts as collateral (e.g. 0.6)</source>
        <translation>не указано: при залоге «{0}» в предложении должна быть указана доля рыночной стоимости оборудования, которая учитывается как обеспечение (например, 0.6)</translation>
    </message>
    <message>
        <source>the rate ({0} % + {1} %) is below zero</source>
        <translation>ставка ({0} % + {1} %) меньше нуля</translation>
    </message>
    <message>
        <source>not valid JSON at line {0}, column {1}: {2}</source>
        <translation>некорректный JSON в строке {0}, столбце {1}: {2}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>{0} is not a number JSON allows</source>
        <translation>{0} — недопустимое в JSON число</translation>
    </message>
    <message>
        <source>the key “{0}” appears twice in the same object</source>
        <translation>ключ «{0}» встречается дважды в одном объекте</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {0})</source>
        <translation>файл не является текстом в UTF-8 (строка {0})</translation>
    </message>
    <message>
        <source>cannot read the file ({0})</source>
        <translation>не удаётся прочитать файл ({0})</translation>
    </message>
    <message>
        <source>cannot write the file ({0})</source>
        <translation>не удаётся записать файл ({0})</translation>
    </message>
    <message>
        <source>there is no offer “{0}” (neither an offer id in the database nor a .json file)</source>
        <translation>предложения «{0}» нет (это не ID предложения в базе данных и не файл .json)</translation>
    </message>
    <message>
        <source>the copy needs an id other than “{0}”</source>
        <translation>у копии должен быть ID, отличный от «{0}»</translation>
    </message>
    <message>
        <source>{0} cannot be written as JSON</source>
        <translation>{0} нельзя записать в JSON</translation>
    </message>
</context>
<context>
    <name>OfferNames</name>
    <message>
        <source>Illustrative BTC lender A</source>
        <translation>Условный кредитор под BTC «А»</translation>
    </message>
    <message>
        <source>BTC-backed bullet loan, 12 months (50/70/80 % LTV)</source>
        <translation>Кредит под залог BTC с погашением в конце срока, 12 мес. (LTV 50/70/80 %)</translation>
    </message>
    <message>
        <source>Illustrative BTC lender B</source>
        <translation>Условный кредитор под BTC «Б»</translation>
    </message>
    <message>
        <source>Interest-only BTC-backed loan, 40 % LTV, interest every 30 days</source>
        <translation>Кредит под залог BTC с уплатой только процентов, LTV 40 %, проценты каждые 30 дней</translation>
    </message>
    <message>
        <source>Illustrative BTC lender C</source>
        <translation>Условный кредитор под BTC «В»</translation>
    </message>
    <message>
        <source>BTC-backed loan in EUR (50/70/85 % LTV)</source>
        <translation>Кредит в евро под залог BTC (LTV 50/70/85 %)</translation>
    </message>
    <message>
        <source>Illustrative equipment lender (ASIC-backed)</source>
        <translation>Условный кредитор под залог оборудования (ASIC)</translation>
    </message>
    <message>
        <source>Loan secured by ASIC miners, 24 months</source>
        <translation>Кредит под залог ASIC-майнеров, 24 мес.</translation>
    </message>
    <message>
        <source>Illustrative Russian bank (key rate + 7 pp)</source>
        <translation>Условный российский банк (ключевая ставка + 7 п. п.)</translation>
    </message>
    <message>
        <source>Loan to miners secured by mined BTC, key rate + 7 pp</source>
        <translation>Кредит майнерам под залог добытых BTC, ключевая ставка + 7 п. п.</translation>
    </message>
</context>
<context>
    <name>OfferPicker</name>
    <message>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <source>{0} (illustrative)</source>
        <translation>{0} (пример)</translation>
    </message>
</context>
<context>
    <name>OnChainTab</name>
    <message>
        <source>In the books</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Payouts minus sales, transfers out and network fees</source>
        <translation>Выплаты за вычетом продаж, исходящих переводов и комиссий сети</translation>
    </message>
    <message>
        <source>On-chain, watch-only addresses</source>
        <translation>В блокчейне, адреса для наблюдения</translation>
    </message>
    <message>
        <source>The balance of the addresses below (confirmed and unconfirmed) as of their last check</source>
        <translation>Баланс адресов из списка ниже (подтверждённый и неподтверждённый) на момент их последней проверки</translation>
    </message>
    <message>
        <source>Difference, chain − books</source>
        <translation>Разница: блокчейн − учёт</translation>
    </message>
    <message>
        <source>&amp;Add address…</source>
        <translation>&amp;Добавить адрес…</translation>
    </message>
    <message>
        <source>Watch an address your pool pays to (only the address is stored)</source>
        <translation>Наблюдать за адресом, на который пул перечисляет выплаты (сохраняется только адрес)</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Пр&amp;оверить сейчас</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>On-chain, BTC</source>
        <translation>В блокчейне, BTC</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Время проверки</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Транзакции</translation>
    </message>
    <message>
        <source>{0} sat</source>
        <translation>{0} сат</translation>
    </message>
    <message>
        <source>Your local time</source>
        <translation>Ваше местное время</translation>
    </message>
    <message>
        <source>Transactions of this address seen so far (each check reads the newest ones)</source>
        <translation>Транзакции этого адреса, найденные к этому моменту (каждая проверка загружает самые новые)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Копировать адрес</translation>
    </message>
    <message>
        <source>Legacy (P2PKH)</source>
        <translation>Legacy (P2PKH)</translation>
    </message>
    <message>
        <source>Script hash (P2SH)</source>
        <translation>Хеш скрипта (P2SH)</translation>
    </message>
    <message>
        <source>Native SegWit (P2WPKH)</source>
        <translation>Нативный SegWit (P2WPKH)</translation>
    </message>
    <message>
        <source>SegWit script (P2WSH)</source>
        <translation>Скрипт SegWit (P2WSH)</translation>
    </message>
    <message>
        <source>Taproot (P2TR)</source>
        <translation>Taproot (P2TR)</translation>
    </message>
    <message>
        <source>SegWit version {0}</source>
        <translation>SegWit версии {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестный</translation>
    </message>
    <message>
        <source>Mainnet</source>
        <translation>Mainnet</translation>
    </message>
    <message>
        <source>Testnet</source>
        <translation>Testnet</translation>
    </message>
    <message>
        <source>Regtest</source>
        <translation>Regtest</translation>
    </message>
    <message>
        <source>Watch-only addresses: {0}</source>
        <translation>Адресов для наблюдения: {0}</translation>
    </message>
    <message>
        <source>payouts − sales, transfers and fees</source>
        <translation>выплаты − продажи, переводы и комиссии</translation>
    </message>
    <message>
        <source>no watch-only addresses</source>
        <translation>нет адресов для наблюдения</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>ещё не проверялись</translation>
    </message>
    <message>
        <source>checked {0}</source>
        <translation>проверено {0}</translation>
    </message>
    <message>
        <source>not checked yet: {0}</source>
        <translation>ещё не проверено адресов: {0}</translation>
    </message>
    <message>
        <source>more on-chain than in the books</source>
        <translation>в блокчейне больше, чем по учёту</translation>
    </message>
    <message>
        <source>less on-chain than in the books</source>
        <translation>в блокчейне меньше, чем по учёту</translation>
    </message>
    <message>
        <source>⚠ The books and the chain differ by {0}: a payout or sale may be missing, or BTC are held at other addresses.</source>
        <translation>⚠ Учёт и блокчейн расходятся на {0}: возможно, не учтена выплата или продажа либо BTC хранятся на других адресах.</translation>
    </message>
    <message>
        <source>the books and the chain agree</source>
        <translation>учёт и блокчейн совпадают</translation>
    </message>
    <message>
        <source>press Check now to compare</source>
        <translation>нажмите «Проверить сейчас», чтобы сравнить</translation>
    </message>
    <message>
        <source>needs a check online (Settings)</source>
        <translation>нужна проверка через сеть (Настройки)</translation>
    </message>
    <message>
        <source>add the addresses your pool pays to</source>
        <translation>добавьте адреса, на которые пул перечисляет выплаты</translation>
    </message>
    <message>
        <source>The on-chain figure leaves out the addresses never checked ({0}).</source>
        <translation>Баланс в блокчейне не включает ещё не проверенные адреса ({0}).</translation>
    </message>
    <message>
        <source>No payout has a transaction id to look for on-chain.</source>
        <translation>Ни у одной выплаты нет идентификатора транзакции для поиска в блокчейне.</translation>
    </message>
    <message>
        <source>Payouts with a transaction id: {0}; check the addresses to find them on-chain.</source>
        <translation>Выплат с идентификатором транзакции: {0}; проверьте адреса, чтобы найти их в блокчейне.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n payouts with a txid were found on-chain</source>
        <translation>
            <numerusform>В блокчейне найдено выплат с txid: {0} из %n</numerusform>
            <numerusform>В блокчейне найдено выплат с txid: {0} из %n</numerusform>
            <numerusform>В блокчейне найдено выплат с txid: {0} из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each check reads the newest transactions of every address; an older payout is found only if an earlier check saw it.</source>
        <translation>Каждая проверка загружает самые новые транзакции каждого адреса; более старая выплата находится, только если её застала одна из прежних проверок.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found on-chain:</source>
        <translation>Не найдены в блокчейне:</translation>
    </message>
    <message>
        <source>Hide &amp;unmatched</source>
        <translation>Скрыть нен&amp;айденные</translation>
    </message>
    <message>
        <source>Show &amp;unmatched</source>
        <translation>Показать нен&amp;айденные</translation>
    </message>
    <message>
        <source>Online data is off (Settings)</source>
        <translation>Загрузка данных из сети выключена (Настройки)</translation>
    </message>
    <message>
        <source>The Esplora source is turned off (Market data)</source>
        <translation>Источник Esplora выключен (Рыночные данные)</translation>
    </message>
    <message>
        <source>Add an address first</source>
        <translation>Сначала добавьте адрес</translation>
    </message>
    <message>
        <source>Ask the Esplora server for the balance and transactions of these addresses</source>
        <translation>Запросить у сервера Esplora баланс и транзакции этих адресов</translation>
    </message>
    <message>
        <source>Stop watching the address {0}? Its cached balance and transactions are removed; the payouts and sales in the books stay.</source>
        <translation>Прекратить наблюдение за адресом {0}? Его сохранённые баланс и транзакции будут удалены; выплаты и продажи в учёте останутся.</translation>
    </message>
    <message numerus="yes">
        <source>Stop watching %n addresses? Their cached balances and transactions are removed; the payouts and sales in the books stay.</source>
        <translation>
            <numerusform>Прекратить наблюдение за %n адресом? Сохранённые балансы и транзакции будут удалены; выплаты и продажи в учёте останутся.</numerusform>
            <numerusform>Прекратить наблюдение за %n адресами? Их сохранённые балансы и транзакции будут удалены; выплаты и продажи в учёте останутся.</numerusform>
            <numerusform>Прекратить наблюдение за %n адресами? Их сохранённые балансы и транзакции будут удалены; выплаты и продажи в учёте останутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove watch-only address</source>
        <translation>Удаление адреса для наблюдения</translation>
    </message>
    <message>
        <source>Checking addresses</source>
        <translation>Проверка адресов</translation>
    </message>
    <message>
        <source>Asking the Esplora server about the addresses ({0})…</source>
        <translation>Запрос к серверу Esplora по адресам ({0})…</translation>
    </message>
    <message>
        <source>Some addresses were not checked</source>
        <translation>Не все адреса проверены</translation>
    </message>
    <message>
        <source>Addresses not checked: {0} of {1}</source>
        <translation>Не проверено адресов: {0} из {1}</translation>
    </message>
    <message>
        <source>The server's answer could not be read ({0}).</source>
        <translation>Не удалось прочитать ответ сервера ({0}).</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Проверка не удалась</translation>
    </message>
    <message>
        <source>The addresses were not checked; the figures shown are those of the last check.</source>
        <translation>Адреса не проверены; показаны данные последней проверки.</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>The number of machines must be from 1 to {0}.</source>
        <translation>Число машин должно быть от 1 до {0}.</translation>
    </message>
    <message>
        <source>{0} serial number(s) for {1} machine(s): give one per machine, or none.</source>
        <translation>Серийных номеров: {0}, машин: {1}. Укажите по одному на каждую машину или ни одного.</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <source>1. What to lend against</source>
        <translation>1. Основание для кредита</translation>
    </message>
    <message>
        <source>Saved si&amp;mulation:</source>
        <translation>Сохранённый р&amp;асчёт:</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>Предло&amp;жение:</translation>
    </message>
    <message>
        <source>amount in the offer's currency</source>
        <translation>сумма в валюте предложения</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Су&amp;мма кредита:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>2. Period and language</source>
        <translation>2. Период и язык</translation>
    </message>
    <message>
        <source>&amp;Period covered:</source>
        <translation>&amp;Отчётный период:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>3. What to include</source>
        <translation>3. Состав пакета</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Добыча</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Остаток BTC</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соответствие законодательству</translation>
    </message>
    <message>
        <source>Loan simulation</source>
        <translation>Расчёт кредита</translation>
    </message>
    <message>
        <source>4. Attachments</source>
        <translation>4. Приложения</translation>
    </message>
    <message>
        <source>Electricity contract, hosting agreement, registry extract, statements — PDF or images.</source>
        <translation>Договор энергоснабжения, договор хостинга, выписка из реестра, выписки по счетам — PDF или изображения.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Sign the package (Ed25519)</source>
        <translation>Подп&amp;исать пакет (Ed25519)</translation>
    </message>
    <message>
        <source>Adds MANIFEST.sig and the public key; the private key stays on this computer.</source>
        <translation>Добавляет MANIFEST.sig и открытый ключ; закрытый ключ остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Build package…</source>
        <translation>С&amp;формировать пакет…</translation>
    </message>
    <message>
        <source>5. Proof of control</source>
        <translation>5. Подтверждение владения адресами</translation>
    </message>
    <message>
        <source>Sign the message with the key of each address (Electrum, Sparrow, Bitcoin Core “signmessage”) and paste the signature. Addresses left empty are listed as not proven.</source>
        <translation>Подпишите сообщение ключом каждого адреса (Electrum, Sparrow, Bitcoin Core «signmessage») и вставьте подпись. Адреса без подписи будут указаны как неподтверждённые.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Message to sign</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>The profile has no watch-only addresses (add them on the On-chain page).</source>
        <translation>У профиля нет адресов для наблюдения (добавьте их на странице «В блокчейне»).</translation>
    </message>
    <message>
        <source>Packages exported</source>
        <translation>Сформированные пакеты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Package id</source>
        <translation>ID пакета</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>Про&amp;верить пакет…</translation>
    </message>
    <message>
        <source>Bank package</source>
        <translation>Пакет для банка</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the message for {0}</source>
        <translation>Копировать сообщение для {0}</translation>
    </message>
    <message>
        <source>paste the signature</source>
        <translation>вставьте подпись</translation>
    </message>
    <message>
        <source>Signature for {0}</source>
        <translation>Подпись для {0}</translation>
    </message>
    <message>
        <source>Documents ({0});;All files (*)</source>
        <translation>Документы ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Добавление приложения</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>{0} B</source>
        <translation>{0} Б</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Сначала выберите профиль.</translation>
    </message>
    <message>
        <source>Choose at least one section to include.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
    <message>
        <source>Choose a saved simulation.</source>
        <translation>Выберите сохранённый расчёт.</translation>
    </message>
    <message>
        <source>Choose an offer.</source>
        <translation>Выберите предложение.</translation>
    </message>
    <message>
        <source>Enter the amount to borrow.</source>
        <translation>Укажите сумму кредита.</translation>
    </message>
    <message>
        <source>Amount: {0}</source>
        <translation>Сумма: {0}</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Build package</source>
        <translation>Формирование пакета</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Архивы ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Building the package…</source>
        <translation>Формирование пакета…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>The package is saved.

File: {0}
SHA-256: {1}
Pages: {2}
Signing key fingerprint: {3}</source>
        <translation>Пакет сохранён.

Файл: {0}
SHA-256: {1}
Страниц: {2}
Отпечаток ключа подписи: {3}</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>Proofs of control: {0}</source>
        <translation>Подтверждения владения адресами: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Package built</source>
        <translation>Пакет сформирован</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>The package was not built</source>
        <translation>Пакет не сформирован</translation>
    </message>
    <message>
        <source>Verify a package</source>
        <translation>Проверка пакета</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>Архивы ZIP (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot check {0}: {1}</source>
        <translation>Не удаётся проверить {0}: {1}</translation>
    </message>
    <message>
        <source>signed, key fingerprint {0}</source>
        <translation>подписан, отпечаток ключа {0}</translation>
    </message>
    <message>
        <source>The package is intact: every file matches its checksum.

File: {0}
Files checked: {1}
{2}</source>
        <translation>Пакет не изменён: все файлы совпадают со своими контрольными суммами.

Файл: {0}
Проверено файлов: {1}
{2}</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>The package does not check out:

{0}</source>
        <translation>Пакет не прошёл проверку:

{0}</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <source>attachment {0} cannot be read: {1}</source>
        <translation>не удаётся прочитать вложение {0}: {1}</translation>
    </message>
    <message>
        <source>simulation no. {0} is not saved for this profile</source>
        <translation>расчёт № {0} не сохранён для этого профиля</translation>
    </message>
    <message>
        <source>no loan given: choose a saved simulation, or an offer and an amount</source>
        <translation>кредит не указан: выберите сохранённый расчёт или предложение и сумму</translation>
    </message>
    <message>
        <source>offer {0}: {1}</source>
        <translation>предложение {0}: {1}</translation>
    </message>
    <message>
        <source>the loan cannot be simulated with offer {0}: {1}</source>
        <translation>кредит не удаётся рассчитать по предложению {0}: {1}</translation>
    </message>
    <message>
        <source>cannot export {0} records to {1}: {2}</source>
        <translation>не удаётся выгрузить записи {0} в {1}: {2}</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>папка {0} не существует</translation>
    </message>
    <message>
        <source>no profile with id {0}</source>
        <translation>нет профиля с номером {0}</translation>
    </message>
    <message>
        <source>cannot write the report in {0}: {1}</source>
        <translation>не удаётся записать отчёт в {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: values nested too deeply</source>
        <translation>{0}: слишком глубокая вложенность значений</translation>
    </message>
    <message>
        <source>{0}: (top level): {1}</source>
        <translation>{0}: (верхний уровень): {1}</translation>
    </message>
    <message>
        <source>cannot create signing key {0}: {1}</source>
        <translation>не удаётся создать ключ подписи {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read signing key {0}: {1}</source>
        <translation>не удаётся прочитать ключ подписи {0}: {1}</translation>
    </message>
    <message>
        <source>signing key {0} is damaged or encrypted: {1}</source>
        <translation>ключ подписи {0} повреждён или зашифрован: {1}</translation>
    </message>
    <message>
        <source>signing key {0} is not an Ed25519 key</source>
        <translation>ключ подписи {0} — не ключ Ed25519</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>пустой путь</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>абсолютный путь</translation>
    </message>
    <message>
        <source>path escapes the package ('..')</source>
        <translation>путь выходит за пределы пакета («..»)</translation>
    </message>
    <message>
        <source>backslash in path</source>
        <translation>обратная косая черта в пути</translation>
    </message>
    <message>
        <source>empty or '.' path segment</source>
        <translation>пустая часть пути или «.»</translation>
    </message>
    <message>
        <source>control or reserved character in path</source>
        <translation>управляющий или зарезервированный символ в пути</translation>
    </message>
    <message>
        <source>not a text path</source>
        <translation>путь не является текстом</translation>
    </message>
    <message>
        <source>bad file name {0}: {1}</source>
        <translation>недопустимое имя файла {0}: {1}</translation>
    </message>
    <message>
        <source>bad file name {0}: reserved for the package itself</source>
        <translation>недопустимое имя файла {0}: оно зарезервировано для самого пакета</translation>
    </message>
    <message>
        <source>duplicate file name {0} (same as {1})</source>
        <translation>повторяющееся имя файла {0} (совпадает с {1})</translation>
    </message>
    <message>
        <source>content of {0} must be bytes</source>
        <translation>содержимое {0} должно быть байтами</translation>
    </message>
    <message>
        <source>{0} is missing</source>
        <translation>нет файла {0}</translation>
    </message>
    <message>
        <source>{0} is not valid JSON: {1}</source>
        <translation>{0} — некорректный JSON: {1}</translation>
    </message>
    <message>
        <source>{0} contains the private signing key; refusing to package it</source>
        <translation>{0} содержит закрытый ключ подписи; такой файл в пакет не включается</translation>
    </message>
    <message>
        <source>cannot write package {0}: {1}</source>
        <translation>не удаётся записать пакет {0}: {1}</translation>
    </message>
    <message>
        <source>too many members: {0} (limit {1})</source>
        <translation>слишком много файлов: {0} (предел {1})</translation>
    </message>
    <message>
        <source>{0}: refused: {1}</source>
        <translation>{0}: отклонено: {1}</translation>
    </message>
    <message>
        <source>{0}: refused: symbolic link</source>
        <translation>{0}: отклонено: символическая ссылка</translation>
    </message>
    <message>
        <source>{0}: refused: special file</source>
        <translation>{0}: отклонено: специальный файл</translation>
    </message>
    <message>
        <source>{0}: refused: encrypted member</source>
        <translation>{0}: отклонено: зашифрованный файл</translation>
    </message>
    <message>
        <source>{0}: refused: duplicate name</source>
        <translation>{0}: отклонено: повторяющееся имя</translation>
    </message>
    <message>
        <source>{0}: refused: compression ratio {1}:1 (limit {2}:1, possible zip bomb)</source>
        <translation>{0}: отклонено: степень сжатия {1}:1 (предел {2}:1, возможна ZIP-бомба)</translation>
    </message>
    <message>
        <source>refused: total uncompressed size {0} bytes over the limit of {1} (possible zip bomb)</source>
        <translation>отклонено: общий размер без сжатия {0} байт больше предела {1} (возможна ZIP-бомба)</translation>
    </message>
    <message>
        <source>{0}: refused: more data than declared (possible zip bomb)</source>
        <translation>{0}: отклонено: данных больше, чем заявлено (возможна ZIP-бомба)</translation>
    </message>
    <message>
        <source>{0}: cannot be read: {1}</source>
        <translation>{0}: не удаётся прочитать: {1}</translation>
    </message>
    <message>
        <source>the expected public key is not an Ed25519 PEM key: {0}</source>
        <translation>ожидаемый открытый ключ — не ключ Ed25519 в формате PEM: {0}</translation>
    </message>
    <message>
        <source>cannot read package {0}: {1}</source>
        <translation>не удаётся прочитать пакет {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: not a readable ZIP archive: {1}</source>
        <translation>{0}: не читается как ZIP-архив: {1}</translation>
    </message>
    <message>
        <source>{0}: unexpected folder entry</source>
        <translation>{0}: неожиданная запись папки</translation>
    </message>
    <message>
        <source>{0}: not UTF-8 text</source>
        <translation>{0}: не текст в кодировке UTF-8</translation>
    </message>
    <message>
        <source>{0}: last line does not end with a line feed</source>
        <translation>{0}: последняя строка не заканчивается переводом строки</translation>
    </message>
    <message>
        <source>{0} line {1}: malformed: {2}</source>
        <translation>{0}, строка {1}: неверный формат: {2}</translation>
    </message>
    <message>
        <source>{0}: listed twice in {1}</source>
        <translation>{0}: указан в {1} дважды</translation>
    </message>
    <message>
        <source>{0}: must not be listed in {1}</source>
        <translation>{0}: не должен быть указан в {1}</translation>
    </message>
    <message>
        <source>{0}: listed in {1} but missing from the package</source>
        <translation>{0}: указан в {1}, но в пакете отсутствует</translation>
    </message>
    <message>
        <source>{0}: SHA-256 does not match {1} (file changed)</source>
        <translation>{0}: SHA-256 не совпадает с {1} (файл изменён)</translation>
    </message>
    <message>
        <source>{0}: not in canonical form (sorted '&lt;sha256&gt;  &lt;path&gt;' lines, LF)</source>
        <translation>{0}: не в каноническом виде (отсортированные строки '&lt;sha256&gt;  &lt;path&gt;', LF)</translation>
    </message>
    <message>
        <source>{0}: not listed in {1} (file added)</source>
        <translation>{0}: не указан в {1} (файл добавлен)</translation>
    </message>
    <message>
        <source>{0} is missing ({1} is present)</source>
        <translation>нет файла {0} (а {1} есть)</translation>
    </message>
    <message>
        <source>{0}: not a valid Ed25519 PEM public key</source>
        <translation>{0}: некорректный открытый ключ Ed25519 в формате PEM</translation>
    </message>
    <message>
        <source>{0}: not in canonical PEM form</source>
        <translation>{0}: не в каноническом виде PEM</translation>
    </message>
    <message>
        <source>{0}: signature does not match {1} and {2}</source>
        <translation>{0}: подпись не соответствует {1} и {2}</translation>
    </message>
    <message>
        <source>package is not signed ({0}/{1} missing) but a signature was required</source>
        <translation>пакет не подписан (нет {0}/{1}), а подпись требовалась</translation>
    </message>
    <message>
        <source>{0}: signed with a different key (fingerprint {1}, expected {2})</source>
        <translation>{0}: подписан другим ключом (отпечаток {1}, ожидался {2})</translation>
    </message>
    <message>
        <source>{0}: not valid JSON: {1}</source>
        <translation>{0}: некорректный JSON: {1}</translation>
    </message>
    <message>
        <source>cannot write PDF: {0}</source>
        <translation>не удаётся записать PDF: {0}</translation>
    </message>
    <message>
        <source>the PDF file was cut off while it was written (is the disk full?)</source>
        <translation>файл PDF записан не полностью (диск заполнен?)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of the shared database</source>
        <translation>Пароль общей базы данных</translation>
    </message>
    <message>
        <source>The database server asks for the password of your user.</source>
        <translation>Сервер базы данных запрашивает пароль вашего пользователя.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Saved by the operating system (Windows Credential Manager, macOS Keychain, GNOME or KDE keyring), never in a HashPledge file.</source>
        <translation>Хранится операционной системой (диспетчер учётных данных Windows, связка ключей macOS, хранилище паролей GNOME или KDE), никогда не в файле HashPledge.</translation>
    </message>
    <message>
        <source>The server refused the password</source>
        <translation>Сервер отклонил пароль</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>Edit payout</source>
        <translation>Изменение выплаты</translation>
    </message>
    <message>
        <source>New payout</source>
        <translation>Новая выплата</translation>
    </message>
    <message>
        <source>e.g. 0.01234567 or 0,01234567</source>
        <translation>например, 0.01234567 или 0,01234567</translation>
    </message>
    <message>
        <source>Amount in BTC, decimal comma or point, at most 8 decimals</source>
        <translation>Сумма в BTC, десятичная запятая или точка, не более 8 знаков после запятой</translation>
    </message>
    <message>
        <source>e.g. ViaBTC, F2Pool, solo</source>
        <translation>например, ViaBTC, F2Pool, соло</translation>
    </message>
    <message>
        <source>optional, 64 hexadecimal characters</source>
        <translation>необязательно, 64 шестнадцатеричных символа</translation>
    </message>
    <message>
        <source>the wallet address the pool paid to</source>
        <translation>адрес кошелька, на который пул перевёл выплату</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Amount, BTC:</source>
        <translation>&amp;Сумма, BTC:</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Пул:</translation>
    </message>
    <message>
        <source>&amp;Transaction id:</source>
        <translation>ID &amp;транзакции:</translation>
    </message>
    <message>
        <source>&amp;Receiving address:</source>
        <translation>&amp;Адрес получателя:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <source>Package {0}</source>
        <translation>Пакет {0}</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>Сформирован {0}</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Изменение профиля</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>e.g. Ivan Petrov, or Siberian Hash LLC</source>
        <translation>например, Иван Петров или ООО «Сибирский хэш»</translation>
    </message>
    <message>
        <source>10 digits for a company, 12 for a person</source>
        <translation>10 цифр для организации, 12 — для физлица и ИП</translation>
    </message>
    <message>
        <source>entered in the registry on</source>
        <translation>внесён в реестр</translation>
    </message>
    <message>
        <source>e.g. Irkutsk Oblast</source>
        <translation>например, Иркутская область</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя или название:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Правовая форма:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>Miners' &amp;registry entry:</source>
        <translation>Запись в &amp;реестре майнеров:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>ProfileStepPage</name>
    <message>
        <source>Step 1 of 3: you</source>
        <translation>Шаг 1 из 3: вы</translation>
    </message>
    <message>
        <source>The bank lends to a person or a firm, not to a farm: the name, legal form and INN say who borrows, and the region decides which mining rules apply.</source>
        <translation>Банк кредитует человека или фирму, а не ферму: имя, правовая форма и ИНН говорят, кто заёмщик, а регион определяет, какие правила майнинга действуют.</translation>
    </message>
    <message>
        <source>e.g. Ivan Petrov, or Siberian Hash LLC</source>
        <translation>например, Иван Петров или ООО «Сибирский хэш»</translation>
    </message>
    <message>
        <source>10 digits for a company, 12 for a person; optional</source>
        <translation>10 цифр у компании, 12 у человека; необязательно</translation>
    </message>
    <message>
        <source>e.g. Irkutsk Oblast</source>
        <translation>например, Иркутская область</translation>
    </message>
    <message>
        <source>optional, e.g. 77-2024-000318</source>
        <translation>необязательно, например 77-2024-000318</translation>
    </message>
    <message>
        <source>entered &amp;on</source>
        <translation>&amp;внесена</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>И&amp;мя или название:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Правовая форма:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Miners' &amp;registry entry:</source>
        <translation>Запись в р&amp;еестре майнеров:</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Someone else deleted this profile while you were editing it. Nothing was saved.</source>
        <translation>Кто-то другой удалил этот профиль, пока вы его редактировали. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Someone else changed this profile while you were editing it. Nothing was saved: look at the new values, then save again or discard your changes.</source>
        <translation>Кто-то другой изменил этот профиль, пока вы его редактировали. Ничего не сохранено: посмотрите новые значения, затем сохраните снова или отмените свои изменения.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Имя длиннее 200 символов.</translation>
    </message>
    <message>
        <source>Unknown legal form: {0}.</source>
        <translation>Неизвестная правовая форма: {0}.</translation>
    </message>
    <message>
        <source>The registry date is in the future.</source>
        <translation>Дата внесения в реестр — в будущем.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Профиль больше не существует.</translation>
    </message>
    <message>
        <source>No profile named '{0}'. Known profiles: {1}.</source>
        <translation>Профиля «{0}» нет. Есть профили: {1}.</translation>
    </message>
    <message>
        <source>A profile named '{0}' already exists.</source>
        <translation>Профиль «{0}» уже существует.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Someone else deleted this record while you were editing it. Nothing was saved.</source>
        <translation>Кто-то другой удалил эту запись, пока вы её редактировали. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Nothing was saved: look at the new values, then save again or discard your changes.</source>
        <translation>Кто-то другой изменил эту запись, пока вы её редактировали. Ничего не сохранено: посмотрите новые значения, затем сохраните снова или отмените свои изменения.</translation>
    </message>
    <message>
        <source>Someone else changed some of the selected records since they were shown; nothing was deleted. The list now shows them as they are: look again, and delete again if you still want to.</source>
        <translation>Кто-то другой изменил часть выбранных записей после того, как они были показаны; ничего не удалено. Теперь в списке они такие, как сейчас: посмотрите ещё раз и удалите снова, если это всё ещё нужно.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Укажите значение.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Значение должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The value must not exceed {0}.</source>
        <translation>Значение не должно превышать {0}.</translation>
    </message>
    <message>
        <source>A whole number is required.</source>
        <translation>Требуется целое число.</translation>
    </message>
    <message>
        <source>The value must be at least {0}.</source>
        <translation>Значение должно быть не меньше {0}.</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Укажите дату.</translation>
    </message>
    <message>
        <source>'{0}' is not a date (YYYY-MM-DD).</source>
        <translation>«{0}» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The date {0} is in the future.</source>
        <translation>Дата {0} — в будущем.</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>Поле не заполнено.</translation>
    </message>
    <message>
        <source>This field is longer than {0} characters.</source>
        <translation>Поле длиннее {0} символов.</translation>
    </message>
    <message>
        <source>A transaction id is 64 hexadecimal characters.</source>
        <translation>Идентификатор транзакции — это 64 шестнадцатеричных символа.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Профиль больше не существует.</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>Выберите площадку.</translation>
    </message>
    <message>
        <source>The site does not belong to this profile.</source>
        <translation>Площадка не относится к этому профилю.</translation>
    </message>
    <message>
        <source>Some of the selected records are not in this profile (any more): id {0}.</source>
        <translation>Некоторые из выбранных записей не относятся к этому профилю (или уже удалены): id {0}.</translation>
    </message>
    <message>
        <source>Give both the night tariff and the night share, or neither.</source>
        <translation>Укажите и ночной тариф, и долю ночного потребления — или не указывайте ни то, ни другое.</translation>
    </message>
    <message>
        <source>This profile already has a site named '{0}'.</source>
        <translation>У этого профиля уже есть площадка «{0}».</translation>
    </message>
    <message>
        <source>The site no longer exists.</source>
        <translation>Площадка больше не существует.</translation>
    </message>
    <message>
        <source>The site '{0}' has {1} energy records; delete them first or confirm deleting them too.</source>
        <translation>У площадки «{0}» есть записи по электроэнергии ({1}); сначала удалите их или подтвердите их удаление вместе с площадкой.</translation>
    </message>
    <message>
        <source>Unknown status '{0}' (known: {1}).</source>
        <translation>Неизвестный статус «{0}» (известны: {1}).</translation>
    </message>
    <message>
        <source>Unknown hosting '{0}' (known: {1}).</source>
        <translation>Неизвестный вид хостинга «{0}» (известны: {1}).</translation>
    </message>
    <message>
        <source>The status date is before the purchase date.</source>
        <translation>Дата статуса раньше даты покупки.</translation>
    </message>
    <message>
        <source>The serial number {0} is listed twice.</source>
        <translation>Серийный номер {0} указан дважды.</translation>
    </message>
    <message>
        <source>This profile already has a unit with serial number {0}.</source>
        <translation>У этого профиля уже есть устройство с серийным номером {0}.</translation>
    </message>
    <message>
        <source>Give at least one serial number.</source>
        <translation>Укажите хотя бы один серийный номер.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Устройство больше не существует.</translation>
    </message>
    <message>
        <source>Unknown record kind '{0}' (known: {1}).</source>
        <translation>Неизвестный вид записи «{0}» (известны: {1}).</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Период начинается позже, чем заканчивается.</translation>
    </message>
    <message>
        <source>The period overlaps the period {0} – {1} of this site.</source>
        <translation>Период пересекается с периодом {0} – {1} этой площадки.</translation>
    </message>
    <message>
        <source>There is already a reading of this meter on {0}.</source>
        <translation>Показание этого счётчика на {0} уже есть.</translation>
    </message>
    <message>
        <source>The reading {0} kWh of {1} is lower than the reading {2} kWh of {3}; tick 'meter replaced' if a new meter was installed.</source>
        <translation>Показание {0} кВт·ч от {1} меньше показания {2} кВт·ч от {3}; если установлен новый счётчик, отметьте «Установлен новый счётчик».</translation>
    </message>
    <message>
        <source>The energy record no longer exists.</source>
        <translation>Запись по электроэнергии больше не существует.</translation>
    </message>
    <message>
        <source>A payout with this transaction id is already recorded.</source>
        <translation>Выплата с этим идентификатором транзакции уже учтена.</translation>
    </message>
    <message>
        <source>This would spend {0} BTC more than the farm holds on {1} or later; the BTC disposed of cannot exceed the holdings on that date.</source>
        <translation>Так будет списано на {0} BTC больше, чем остаток фермы на {1} или позже; выбытие BTC не может превышать остаток на эту дату.</translation>
    </message>
    <message>
        <source>The payout no longer exists.</source>
        <translation>Выплата больше не существует.</translation>
    </message>
    <message>
        <source>Unknown disposal kind '{0}' (known: {1}).</source>
        <translation>Неизвестный вид выбытия «{0}» (известны: {1}).</translation>
    </message>
    <message>
        <source>A sale needs the amount of money received.</source>
        <translation>Для продажи укажите полученную сумму.</translation>
    </message>
    <message>
        <source>The farm holds {0} BTC on {1} and {2} BTC can be disposed of without spending BTC recorded as sold or sent later; {3} BTC is more than that.</source>
        <translation>Остаток фермы на {1} — {0} BTC, из них без затрагивания BTC, учтённых как проданные или переведённые позже, можно списать {2} BTC; {3} BTC — больше этого.</translation>
    </message>
    <message>
        <source>The disposal no longer exists.</source>
        <translation>Выбытие больше не существует.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Monte Carlo: {0} of {1} paths</source>
        <translation>Монте-Карло: {0} из {1} траекторий</translation>
    </message>
    <message>
        <source>the loan has no BTC collateral: nothing moves with the price</source>
        <translation>у кредита нет залога в BTC: от цены ничего не зависит</translation>
    </message>
    <message>
        <source>Backtest on the price history…</source>
        <translation>Проверка на истории цен…</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Backtest &amp;from:</source>
        <translation>&amp;Бэктест с даты:</translation>
    </message>
    <message>
        <source>block bootstrap</source>
        <translation>блочный бутстрэп</translation>
    </message>
    <message>
        <source>GBM</source>
        <translation>ГБД (геометрическое броуновское движение)</translation>
    </message>
    <message>
        <source>Top &amp;up collateral from mining output and spare holdings</source>
        <translation>Пополн&amp;ять обеспечение из добычи и свободного остатка BTC</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>В&amp;ыполнить</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;paths:</source>
        <translation>Число траектори&amp;й Монте-Карло:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Ме&amp;тод:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Зерно генер&amp;атора (seed):</translation>
    </message>
    <message>
        <source>Press Run to test the loan on the price history.</source>
        <translation>Нажмите «Выполнить», чтобы проверить кредит на исторических ценах.</translation>
    </message>
    <message>
        <source>Risk at a glance</source>
        <translation>Основные показатели риска</translation>
    </message>
    <message>
        <source>Without top-ups</source>
        <translation>Без пополнения</translation>
    </message>
    <message>
        <source>With top-ups</source>
        <translation>С пополнением</translation>
    </message>
    <message>
        <source>Historical start dates tested</source>
        <translation>Проверено исторических дат начала</translation>
    </message>
    <message>
        <source>Share with a margin call</source>
        <translation>Доля с маржин-коллом</translation>
    </message>
    <message>
        <source>Share liquidated</source>
        <translation>Доля с ликвидацией</translation>
    </message>
    <message>
        <source>Worst LTV</source>
        <translation>Наихудший LTV</translation>
    </message>
    <message>
        <source>Median BTC left at maturity</source>
        <translation>Медианный остаток BTC в конце срока</translation>
    </message>
    <message>
        <source>Monte Carlo: probability of a margin call</source>
        <translation>Метод Монте-Карло: вероятность маржин-колла</translation>
    </message>
    <message>
        <source>Monte Carlo: probability of liquidation</source>
        <translation>Метод Монте-Карло: вероятность ликвидации</translation>
    </message>
    <message>
        <source>Expected BTC mined over the term</source>
        <translation>Ожидаемая добыча BTC за срок кредита</translation>
    </message>
    <message>
        <source>Net of power</source>
        <translation>За вычетом затрат на электроэнергию</translation>
    </message>
    <message>
        <source>Production covers the payments</source>
        <translation>Добыча покрывает платежи</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Падение</translation>
    </message>
    <message>
        <source>Price after</source>
        <translation>Цена после падения</translation>
    </message>
    <message>
        <source>LTV after</source>
        <translation>LTV после падения</translation>
    </message>
    <message>
        <source>Peak LTV</source>
        <translation>Пиковый LTV</translation>
    </message>
    <message>
        <source>Margin call?</source>
        <translation>Маржин-колл?</translation>
    </message>
    <message>
        <source>Liquidated?</source>
        <translation>Ликвидация?</translation>
    </message>
    <message>
        <source>Stress: an instant fall on day 0</source>
        <translation>Стресс-тест: мгновенное падение в день 0</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Worst historical drawdowns replayed</source>
        <translation>Худшие исторические просадки, применённые к кредиту</translation>
    </message>
    <message>
        <source>End price</source>
        <translation>Цена в конце срока</translation>
    </message>
    <message>
        <source>Sell: BTC left</source>
        <translation>Продать: остаток BTC</translation>
    </message>
    <message>
        <source>Sell: value</source>
        <translation>Продать: стоимость</translation>
    </message>
    <message>
        <source>Borrow: BTC left</source>
        <translation>Занять: остаток BTC</translation>
    </message>
    <message>
        <source>Borrow: value</source>
        <translation>Занять: стоимость</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Выгоднее</translation>
    </message>
    <message>
        <source>Sell BTC or borrow against it</source>
        <translation>Продать BTC или занять под его залог</translation>
    </message>
    <message>
        <source>Start &amp;date to show:</source>
        <translation>Показат&amp;ь кредит, выданный:</translation>
    </message>
    <message>
        <source>The loan has no BTC collateral: nothing moves with the price.</source>
        <translation>Кредит не обеспечен BTC: от цены ничего не зависит.</translation>
    </message>
    <message>
        <source>The settings changed: press Run to update the figures.</source>
        <translation>Параметры изменились: нажмите «Выполнить», чтобы обновить показатели.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>Loan risk</source>
        <translation>Риск по кредиту</translation>
    </message>
    <message>
        <source>Testing the loan…</source>
        <translation>Проверка кредита…</translation>
    </message>
    <message>
        <source>Figures for {0} Monte Carlo paths, seed {1}; prices in {2}.</source>
        <translation>Траекторий Монте-Карло: {0}, зерно (seed) {1}; цены в {2}.</translation>
    </message>
    <message>
        <source>Could not compute the risk: {0}</source>
        <translation>Не удалось рассчитать риск: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no running fleet</source>
        <translation>нет работающего парка</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>профиль не выбран</translation>
    </message>
    <message>
        <source>liquidated on day {0}</source>
        <translation>ликвидация в день {0}</translation>
    </message>
    <message>
        <source>margin call on day {0}, survives</source>
        <translation>маржин-колл в день {0}, без ликвидации</translation>
    </message>
    <message>
        <source>survives</source>
        <translation>без маржин-колла и ликвидации</translation>
    </message>
    <message>
        <source>{0}; top-ups {1}</source>
        <translation>{0}; пополнение {1}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>продать</translation>
    </message>
    <message>
        <source>borrow</source>
        <translation>занять</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>одинаково</translation>
    </message>
    <message>
        <source>Break-even price at maturity: {0}. Above it borrowing leaves more, below it selling.</source>
        <translation>Цена безубыточности в конце срока: {0}. Выше неё больше остаётся, если занять, ниже — если продать.</translation>
    </message>
    <message>
        <source>Sell or borrow cannot be compared: {0}</source>
        <translation>Сравнить варианты «продать или занять» невозможно: {0}</translation>
    </message>
    <message>
        <source>Margin call {0} %</source>
        <translation>Маржин-колл {0} %</translation>
    </message>
    <message>
        <source>Liquidation {0} %</source>
        <translation>Ликвидация {0} %</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Monte Carlo: LTV percentiles over the term, %</source>
        <translation>Метод Монте-Карло: процентили LTV за срок кредита, %</translation>
    </message>
    <message>
        <source>BTC price, {0}</source>
        <translation>Цена BTC, {0}</translation>
    </message>
    <message>
        <source>Liquidation price</source>
        <translation>Цена ликвидации</translation>
    </message>
    <message>
        <source>A loan started on {0}: price and liquidation price</source>
        <translation>Кредит, выданный {0}: цена и цена ликвидации</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>System: light or dark as the desktop is, and switching with it.</source>
        <translation>Как в системе: светлое или тёмное, как рабочий стол, и переключается вместе с ним.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>Display &amp;currency:</source>
        <translation>&amp;Валюта отображения:</translation>
    </message>
    <message>
        <source>Online data allowed (prices, rates, difficulty, balances)</source>
        <translation>Разрешить данные из сети (цены, курсы, сложность, балансы)</translation>
    </message>
    <message>
        <source>When off, HashPledge sends no request at all and works on bundled data.</source>
        <translation>Если выключено, HashPledge не отправляет ни одного запроса и работает на встроенных данных.</translation>
    </message>
    <message>
        <source>Farm assumptions</source>
        <translation>Параметры фермы</translation>
    </message>
    <message>
        <source>Used for the expected consumption and production, the cost per BTC and the equipment value.</source>
        <translation>Используются для расчёта ожидаемого потребления и добычи, себестоимости 1 BTC и стоимости оборудования.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Equipment &amp;life (straight-line):</source>
        <translation>Срок с&amp;лужбы оборудования (линейно):</translation>
    </message>
    <message>
        <source>&amp;Uptime, %:</source>
        <translation>Время &amp;работы, %:</translation>
    </message>
    <message>
        <source>&amp;Pool fee, %:</source>
        <translation>Комиссия п&amp;ула, %:</translation>
    </message>
    <message>
        <source>&amp;Fees per block, BTC:</source>
        <translation>&amp;Комиссии за блок, BTC:</translation>
    </message>
    <message>
        <source>Market price per TH/s:</source>
        <translation>Рыночная цена за TH/s:</translation>
    </message>
    <message>
        <source>Price per TH/s in {0}</source>
        <translation>Цена за TH/s в {0}</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Се&amp;ть:</translation>
    </message>
    <message>
        <source>Price per TH/s in {0}, {1}</source>
        <translation>Цена за TH/s в {0}, {1}</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Открыть &amp;папку данных</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Shared server: {0}</source>
        <translation>Общий сервер: {0}</translation>
    </message>
    <message>
        <source>Every change is saved for all the advisors at once; undo is not available on a shared database.</source>
        <translation>Каждое изменение сразу сохраняется для всех консультантов; в общей базе отмена недоступна.</translation>
    </message>
    <message>
        <source>Backups of a shared database are made on the server (pg_dump) by its administrator.</source>
        <translation>Резервные копии общей базы делает её администратор на сервере (pg_dump).</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Файл: {0}</translation>
    </message>
    <message>
        <source>A backup is made automatically before every database upgrade. Restoring replaces the current data; the current file is backed up first.</source>
        <translation>Резервная копия создаётся автоматически перед каждым обновлением базы. Восстановление заменяет текущие данные; текущий файл перед этим тоже копируется.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>HashPledge database (*.sqlite3);;All files (*)</source>
        <translation>База данных HashPledge (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>For&amp;get the saved password</source>
        <translation>&amp;Забыть сохранённый пароль</translation>
    </message>
    <message>
        <source>Remove this database's password from the system keyring: it is asked for at the next start.</source>
        <translation>Удалить пароль этой базы из системного хранилища паролей: при следующем запуске он будет запрошен.</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Подключиться к общей &amp;базе данных…</translation>
    </message>
    <message>
        <source>A PostgreSQL server where the advisors of a bank share one database.</source>
        <translation>Сервер PostgreSQL, на котором консультанты банка работают с одной общей базой.</translation>
    </message>
    <message>
        <source>Use a local fil&amp;e…</source>
        <translation>Локальный &amp;файл…</translation>
    </message>
    <message>
        <source>Open a database file on this computer, or create a new one.</source>
        <translation>Открыть файл базы данных на этом компьютере или создать новый.</translation>
    </message>
    <message>
        <source>Use the &amp;default file</source>
        <translation>Файл по у&amp;молчанию</translation>
    </message>
    <message>
        <source>Cop&amp;y this database to…</source>
        <translation>Копировать &amp;эту базу в…</translation>
    </message>
    <message>
        <source>Copy every record into a shared database or a new file, checked table by table; this database is not changed.</source>
        <translation>Скопировать все записи в общую базу данных или новый файл с проверкой каждой таблицы; эта база данных не изменяется.</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>{0}  ({1} KiB)</source>
        <translation>{0}  ({1} КиБ)</translation>
    </message>
    <message>
        <source>{0} is more than {1}.</source>
        <translation>{0} — больше {1}.</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <source>The shared database is empty. Copy this computer's books into it?</source>
        <translation>Общая база данных пуста. Скопировать в неё учёт с этого компьютера?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Открытие {0}…</translation>
    </message>
    <message>
        <source>Password forgotten</source>
        <translation>Пароль удалён</translation>
    </message>
    <message>
        <source>The password of {0} was removed from the system keyring; it is asked for at the next start.</source>
        <translation>Пароль для {0} удалён из системного хранилища паролей; при следующем запуске он будет запрошен.</translation>
    </message>
    <message>
        <source>No password of {0} was saved in the system keyring.</source>
        <translation>Пароль для {0} не был сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать копию</translation>
    </message>
    <message>
        <source>Could not write the backup: {0}</source>
        <translation>Не удалось записать резервную копию: {0}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Копия создана</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Сохранено в {0}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Replace the current data by the backup
{0}?

The current database is backed up first.</source>
        <translation>Заменить текущие данные резервной копией
{0}?

Текущая база будет предварительно скопирована.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Изменение площадки</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Новая площадка</translation>
    </message>
    <message>
        <source>e.g. Garage, or the hosting centre's name</source>
        <translation>например, Гараж или название хостинг-центра</translation>
    </message>
    <message>
        <source>e.g. Irkutsk Oblast — regional mining rules depend on it</source>
        <translation>например, Иркутская область — от региона зависят правила майнинга</translation>
    </message>
    <message>
        <source>e.g. 5,48</source>
        <translation>например, 5,48</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>optional, e.g. 40</source>
        <translation>необязательно, например 40</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Tariff per kWh:</source>
        <translation>&amp;Тариф за кВт·ч:</translation>
    </message>
    <message>
        <source>Ni&amp;ght tariff per kWh:</source>
        <translation>&amp;Ночной тариф за кВт·ч:</translation>
    </message>
    <message>
        <source>Night &amp;share, % of kWh:</source>
        <translation>&amp;Доля ночного тарифа, % кВт·ч:</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (hosting, rent):</source>
        <translation>&amp;Ежемесячная плата (хостинг, аренда):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>With a night tariff, that share of the kWh is billed at it and the rest at the day tariff. Both or neither.</source>
        <translation>При ночном тарифе эта доля кВт·ч оплачивается по нему, остальное — по дневному тарифу. Укажите оба значения или ни одного.</translation>
    </message>
    <message>
        <source>{0} per kWh</source>
        <translation>{0} за кВт·ч</translation>
    </message>
    <message>
        <source>{0} a month</source>
        <translation>{0} в месяц</translation>
    </message>
    <message>
        <source>A share is a percentage from 0 to 100.</source>
        <translation>Доля — это процент от 0 до 100.</translation>
    </message>
</context>
<context>
    <name>SiteStepPage</name>
    <message>
        <source>Step 2 of 3: the site</source>
        <translation>Шаг 2 из 3: площадка</translation>
    </message>
    <message>
        <source>Energy is a miner's biggest cost: the bank prices your power bills from the tariff and checks the region's rules for mining. A hosting fee or rent counts in the cost too.</source>
        <translation>Электроэнергия — главная статья расходов майнера: банк оценивает ваши счета за неё по тарифу и проверяет правила майнинга в регионе. Плата за хостинг или аренда тоже входят в расходы.</translation>
    </message>
    <message>
        <source>e.g. Garage, or the hosting centre's name</source>
        <translation>например, Гараж или название хостинг-центра</translation>
    </message>
    <message>
        <source>e.g. Irkutsk Oblast</source>
        <translation>например, Иркутская область</translation>
    </message>
    <message>
        <source>e.g. 5,48</source>
        <translation>например, 5,48</translation>
    </message>
    <message>
        <source>one rate, day and night</source>
        <translation>один тариф днём и ночью</translation>
    </message>
    <message>
        <source>two rates: day and night</source>
        <translation>два тарифа: дневной и ночной</translation>
    </message>
    <message>
        <source>e.g. 3,10</source>
        <translation>например, 3,10</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>например, 40</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>Назв&amp;ание площадки:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Tariff per kWh:</source>
        <translation>&amp;Тариф за кВт·ч:</translation>
    </message>
    <message>
        <source>&amp;Metering:</source>
        <translation>&amp;Учёт:</translation>
    </message>
    <message>
        <source>Ni&amp;ght tariff per kWh:</source>
        <translation>Н&amp;очной тариф за кВт·ч:</translation>
    </message>
    <message>
        <source>Night &amp;share of the kWh:</source>
        <translation>Ночная до&amp;ля кВт·ч:</translation>
    </message>
    <message>
        <source>Monthly f&amp;ee (hosting, rent):</source>
        <translation>&amp;Плата в месяц (хостинг, аренда):</translation>
    </message>
    <message>
        <source>{0} per kWh</source>
        <translation>{0} за кВт·ч</translation>
    </message>
    <message>
        <source>{0} a month</source>
        <translation>{0} в месяц</translation>
    </message>
    <message>
        <source>Give the night tariff and the night share, or choose one rate.</source>
        <translation>Укажите ночной тариф и ночную долю или выберите один тариф.</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>Where the machines run: the tariff prices the energy records, the monthly fee (hosting or rent) counts in the production cost, the region in the compliance checks.</source>
        <translation>Где работают устройства: по тарифу оцениваются записи по электроэнергии, ежемесячная плата (хостинг или аренда) входит в себестоимость добычи, регион учитывается в проверках на соответствие законодательству.</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Добавить площадку…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Tariff per kWh</source>
        <translation>Тариф за кВт·ч</translation>
    </message>
    <message>
        <source>Night tariff</source>
        <translation>Ночной тариф</translation>
    </message>
    <message>
        <source>Night share</source>
        <translation>Доля ночного тарифа</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Ежемесячная плата</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Energy records</source>
        <translation>Записи по электроэнергии</translation>
    </message>
    <message>
        <source>Add site “{0}”</source>
        <translation>добавление площадки «{0}»</translation>
    </message>
    <message>
        <source>Edit site “{0}”</source>
        <translation>изменение площадки «{0}»</translation>
    </message>
    <message>
        <source>Delete the site “{0}”? Its machines stay, without a site.</source>
        <translation>Удалить площадку «{0}»? Её устройства останутся, но без площадки.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sites? Their machines stay, without a site.</source>
        <translation>
            <numerusform>Удалить %n площадку? Устройства этих площадок останутся, но без площадки.</numerusform>
            <numerusform>Удалить %n площадки? Устройства этих площадок останутся, но без площадки.</numerusform>
            <numerusform>Удалить %n площадок? Устройства этих площадок останутся, но без площадки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sites</source>
        <translation>Удаление площадок</translation>
    </message>
    <message numerus="yes">
        <source>The site “{0}” has %n energy record(s). They are deleted with the site (Records ▸ Undo brings them back). Delete them too?</source>
        <translation>
            <numerusform>У площадки «{0}» %n запись по электроэнергии. Она удаляется вместе с площадкой (вернуть её можно через Записи ▸ Отменить). Удалить и её?</numerusform>
            <numerusform>У площадки «{0}» %n записи по электроэнергии. Они удаляются вместе с площадкой (вернуть их можно через Записи ▸ Отменить). Удалить и их?</numerusform>
            <numerusform>У площадки «{0}» %n записей по электроэнергии. Они удаляются вместе с площадкой (вернуть их можно через Записи ▸ Отменить). Удалить и их?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n energy record(s) belong to the selected sites. They are deleted with the sites (Records ▸ Undo brings them back). Delete them too?</source>
        <translation>
            <numerusform>К выбранным площадкам относится %n запись по электроэнергии. Она удаляется вместе с площадками (вернуть её можно через Записи ▸ Отменить). Удалить и её?</numerusform>
            <numerusform>К выбранным площадкам относятся %n записи по электроэнергии. Они удаляются вместе с площадками (вернуть их можно через Записи ▸ Отменить). Удалить и их?</numerusform>
            <numerusform>К выбранным площадкам относятся %n записей по электроэнергии. Они удаляются вместе с площадками (вернуть их можно через Записи ▸ Отменить). Удалить и их?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete energy records too</source>
        <translation>Удаление записей по электроэнергии</translation>
    </message>
    <message>
        <source>Delete site “{0}”</source>
        <translation>удаление площадки «{0}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sites</source>
        <translation>
            <numerusform>удаление %n площадки</numerusform>
            <numerusform>удаление %n площадок</numerusform>
            <numerusform>удаление %n площадок</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>bundled history</source>
        <translation>встроенная история</translation>
    </message>
    <message>
        <source>Bank of Russia</source>
        <translation>Банк России</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n мин назад</translation>
    </message>
    <message>
        <source>Offline — bundled history up to {0}</source>
        <translation>Офлайн — встроенная история по {0}</translation>
    </message>
    <message>
        <source>Online — not updated yet; bundled history up to {0}</source>
        <translation>Онлайн — данные ещё не обновлялись; встроенная история по {0}</translation>
    </message>
    <message>
        <source>Prices updated {0} ({1})</source>
        <translation>Цены обновлены {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>в резерве</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>в ремонте</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>продано</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>списано</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{0}: not a database address</source>
        <translation>{0}: это не адрес базы данных</translation>
    </message>
    <message>
        <source>{0}: only SQLite files and PostgreSQL servers (postgresql://…) are supported</source>
        <translation>{0}: поддерживаются только файлы SQLite и серверы PostgreSQL (postgresql://…)</translation>
    </message>
    <message>
        <source>{0}: the address names no database (…/name at the end)</source>
        <translation>{0}: в адресе не указана база данных (…/имя в конце)</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>файл не является базой данных</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>образ базы данных на диске повреждён</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>не удаётся открыть файл базы данных</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>ошибка ввода-вывода диска</translation>
    </message>
    <message>
        <source>{0}: cannot open the database ({1})</source>
        <translation>{0}: не удаётся открыть базу данных ({1})</translation>
    </message>
    <message>
        <source>{0}: not a HashPledge database or damaged ({1})</source>
        <translation>{0}: это не база данных HashPledge, или она повреждена ({1})</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>{0}: integrity check failed ({1})</source>
        <translation>{0}: проверка целостности не пройдена ({1})</translation>
    </message>
    <message>
        <source>{0}: this SQLite file is not a HashPledge database</source>
        <translation>{0}: этот файл SQLite — не база данных HashPledge</translation>
    </message>
    <message>
        <source>{0}: the backup holds no HashPledge data</source>
        <translation>{0}: в резервной копии нет данных HashPledge</translation>
    </message>
    <message>
        <source>{0}: the backup was written by a newer HashPledge (schema {1})</source>
        <translation>{0}: резервная копия записана более новой версией HashPledge (схема {1})</translation>
    </message>
    <message>
        <source>{0}: there is no usable backup in {1}</source>
        <translation>{0}: в папке {1} нет пригодной резервной копии</translation>
    </message>
    <message>
        <source>{0}: cannot copy the backup {1} ({2}); nothing was changed</source>
        <translation>{0}: не удаётся скопировать резервную копию {1} ({2}); ничего не изменено</translation>
    </message>
    <message>
        <source>{0}: the database is busy with another user's change; try again in a moment</source>
        <translation>{0}: база данных занята изменением другого пользователя; повторите через минуту</translation>
    </message>
    <message>
        <source>{0}: the database was written by a newer HashPledge (schema {1}); this version knows schema up to {2}. Update the app; the file was not changed.</source>
        <translation>{0}: база данных записана более новой версией HashPledge (схема {1}); эта версия знает схемы до {2}. Обновите приложение; файл не изменён.</translation>
    </message>
    <message>
        <source>{0}: the server asks for a password</source>
        <translation>{0}: сервер требует пароль</translation>
    </message>
    <message>
        <source>{0}: the server refused the user name or password</source>
        <translation>{0}: сервер не принял имя пользователя или пароль</translation>
    </message>
    <message>
        <source>{0}: there is no such database on the server; the administrator creates it (CREATE DATABASE)</source>
        <translation>{0}: такой базы данных на сервере нет; её создаёт администратор (CREATE DATABASE)</translation>
    </message>
    <message>
        <source>{0}: cannot connect to the database server ({1})</source>
        <translation>{0}: не удаётся подключиться к серверу базы данных ({1})</translation>
    </message>
    <message>
        <source>{0}: this database holds other tables and is not a HashPledge database</source>
        <translation>{0}: в этой базе данных другие таблицы, это не база HashPledge</translation>
    </message>
    <message>
        <source>{0}: the database was written by a newer HashPledge (schema {1}); this version knows schema up to {2}. Update the app; the database was not changed.</source>
        <translation>{0}: база данных записана более новой версией HashPledge (схема {1}); эта версия знает схемы до {2}. Обновите приложение; база данных не изменена.</translation>
    </message>
    <message>
        <source>{0}: the upgrade to schema {1} failed and was rolled back ({2})</source>
        <translation>{0}: обновление до схемы {1} не удалось и было откачено ({2})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to create your farm</source>
        <translation>Всё готово, чтобы создать ферму</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Check what will be created; everything can be changed later (Profile ▸ Edit or rename profile…, Energy ▸ Sites…, the Equipment page).</source>
        <translation>Пока ничего не сохранено. Проверьте, что будет создано; всё можно изменить позже (Профиль ▸ Изменить или переименовать…, Электроэнергия ▸ Площадки…, страница «Оборудование»).</translation>
    </message>
    <message>
        <source>{0}, entered on {1}</source>
        <translation>{0}, внесена {1}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Miners' registry entry</source>
        <translation>Запись в реестре майнеров</translation>
    </message>
    <message>
        <source>{0} by day, {1} by night for {2} % of the kWh</source>
        <translation>{0} днём, {1} ночью для {2} % кВт·ч</translation>
    </message>
    <message>
        <source>Tariff per kWh</source>
        <translation>Тариф за кВт·ч</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Плата в месяц</translation>
    </message>
    <message>
        <source>{0}, {1} each</source>
        <translation>{0}, {1} за штуку</translation>
    </message>
    <message>
        <source>{0} each</source>
        <translation>{0} за штуку</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>{0} TH/s, {1} kW</source>
        <translation>{0} TH/s, {1} кВт</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Серийные номера</translation>
    </message>
    <message>
        <source>none yet: no-serial-001 … no-serial-{0:03d}</source>
        <translation>пока нет: no-serial-001 … no-serial-{0:03d}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Машины</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Ничего не сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>UndoManager</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Undo is not available on a shared database: each change is saved for everyone at once.</source>
        <translation>Отмена недоступна в общей базе данных: каждое изменение сразу сохраняется для всех.</translation>
    </message>
    <message>
        <source>the records it changed were changed since (in another window, from the command line or by an import)</source>
        <translation>затронутые записи с тех пор изменились (в другом окне, из командной строки или при импорте)</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Повтор невозможен</translation>
    </message>
    <message>
        <source>“{0}” cannot be redone: {1}.</source>
        <translation>Нельзя повторить «{0}»: {1}.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Отмена невозможна</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone: {1}.</source>
        <translation>Нельзя отменить «{0}»: {1}.</translation>
    </message>
    <message>
        <source>Nothing was changed, and this step is no longer in the undo history.</source>
        <translation>Ничего не изменено; этот шаг удалён из истории отмены.</translation>
    </message>
</context>
<context>
    <name>Wallets</name>
    <message>
        <source>This address is already in the profile.</source>
        <translation>Этот адрес уже есть в профиле.</translation>
    </message>
</context>
<context>
    <name>WelcomeChoicePage</name>
    <message>
        <source>Welcome to HashPledge</source>
        <translation>Добро пожаловать в HashPledge</translation>
    </message>
    <message>
        <source>HashPledge keeps the books of a mining farm and turns them into a loan application that a bank can check. Look around on the demo farms first, or enter your own farm in three short steps.</source>
        <translation>HashPledge ведёт учёт майнинговой фермы и превращает его в заявку на кредит, которую банк может проверить. Сначала осмотритесь на демонстрационных фермах или внесите свою ферму в три коротких шага.</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Открыть де&amp;мо</translation>
    </message>
    <message>
        <source>Three example miners — a person, a sole trader and a company — with two years of machines, energy and payouts. A good way to see what the bank gets.</source>
        <translation>Три примера майнеров — физическое лицо, ИП и компания — с учётом машин, электроэнергии и выплат за два года. Хороший способ увидеть, что получает банк.</translation>
    </message>
    <message>
        <source>Start &amp;my farm</source>
        <translation>Завести &amp;свою ферму</translation>
    </message>
    <message>
        <source>You, your site and your machines, one step each. Nothing is saved until you confirm on the last page.</source>
        <translation>Вы, ваша площадка и ваши машины — по одному шагу. Ничего не сохраняется, пока вы не подтвердите на последней странице.</translation>
    </message>
    <message>
        <source>The demo farms are here already: opening the demo builds them again, and changes made to them are lost. Your own profiles are not touched.</source>
        <translation>Демо-фермы уже есть: открытие демо построит их заново, и сделанные в них изменения пропадут. Ваши собственные профили не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome to HashPledge</source>
        <translation>Добро пожаловать в HashPledge</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Открыть демо</translation>
    </message>
    <message>
        <source>&amp;Create the farm</source>
        <translation>&amp;Создать ферму</translation>
    </message>
    <message>
        <source>Building “{0}”…</source>
        <translation>Строится «{0}»…</translation>
    </message>
    <message>
        <source>Building the demo farms…</source>
        <translation>Строятся демо-фермы…</translation>
    </message>
    <message>
        <source>Opening the demo</source>
        <translation>Открытие демо</translation>
    </message>
    <message>
        <source>The demo could not be built</source>
        <translation>Не удалось построить демо</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program's version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>требуются следующие аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>явно заданный аргумент %r проигнорирован</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ожидается аргументов: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ожидается аргументов: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
</context>
</TS>