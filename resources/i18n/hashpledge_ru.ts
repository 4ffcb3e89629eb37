<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
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
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Правовая форма:</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>Miners' registry entry:</source>
        <translation>Запись в реестре майнеров:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Holdings (ledger):</source>
        <translation>Остаток BTC (по учёту):</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Оборудование:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Записи:</translation>
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
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} от {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{0} machines at {1} sites</source>
        <translation>устройств: {0}, площадок: {1}</translation>
    </message>
    <message>
        <source>{0} payouts, {1} disposals, {2} energy records, {3} addresses</source>
        <translation>выплат: {0}, выбытий: {1}, записей по электроэнергии: {2}, адресов: {3}</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
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
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>The fleet: every ASIC with model, serial number, hashrate, power, purchase, status, site and hosting; totals, book and market value. Add, edit, import from CSV.</source>
        <translation>Парк оборудования: каждый ASIC с моделью, серийным номером, хешрейтом, мощностью, покупкой, статусом, площадкой и хостингом; итоги, балансовая и рыночная стоимость. Добавление, изменение, импорт из CSV.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>Electricity by site: meter readings or billed periods, tariffs and cost per month, with the consumption the fleet should draw beside the metered one.</source>
        <translation>Электроэнергия по площадкам: показания счётчика или расчётные периоды, тарифы и стоимость по месяцам, ожидаемое потребление парка рядом с фактическим.</translation>
    </message>
    <message>
        <source>Mining &amp; holdings</source>
        <translation>Добыча и остатки</translation>
    </message>
    <message>
        <source>Pool payouts, sales and transfers; the running balance; production cost per BTC; expected against actual output.</source>
        <translation>Выплаты пула, продажи и переводы; текущий остаток; себестоимость добычи 1 BTC; ожидаемая добыча против фактической.</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>Loan offers against mined BTC and equipment: collateral, LTV, margin-call and liquidation prices, schedules, full cost (APR and PSK), risk on real price history.</source>
        <translation>Кредитные предложения под залог добытых BTC и оборудования: обеспечение, LTV, цены маржин-колла и ликвидации, графики платежей, полная стоимость (APR и ПСК), риск на реальной истории цен.</translation>
    </message>
    <message>
        <source>Bank package</source>
        <translation>Пакет для банка</translation>
    </message>
    <message>
        <source>The collateral application for a bank: a PDF dossier with the farm's books and the loan simulation, machine-readable data, signed and verifiable.</source>
        <translation>Заявка на залог для банка: PDF-досье с учётом фермы и расчётом кредита, машиночитаемые данные, подпись и проверка.</translation>
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
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
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
    <name>Profiles</name>
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
        <source>Network:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
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
        <source>&amp;Restore selected…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
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
</TS>