<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccommodationBox</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="34"/>
        <source>3. Disability or a request for accommodation?</source>
        <translation>3. Funksjonsnedsettelse eller en anmodning om tilrettelegging?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="37"/>
        <source>Could the behaviour relate to a disability, or to a request for accommodation?</source>
        <translation>Kan oppførselen ha sammenheng med en funksjonsnedsettelse, eller med en anmodning om tilrettelegging?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="42"/>
        <source>It could</source>
        <translation>Det kan den</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="43"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="44"/>
        <source>Not considered yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="89"/>
        <source>Law: %1 (duty for businesses from %2). Source: %3, checked %4.</source>
        <translation>Lov: %1 (plikt for virksomheter fra %2). Kilde: %3, kontrollert %4.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="97"/>
        <source>Not verified against e-Gov: confirm before relying on it.</source>
        <translation>Ikke kontrollert mot e-Gov: bekreft før du bygger på det.</translation>
    </message>
</context>
<context>
    <name>AckDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="125"/>
        <source>Acknowledgements</source>
        <translation>Bekreftelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="129"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="132"/>
        <source>Not yet acknowledged</source>
        <translation>Ikke bekreftet ennå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="137"/>
        <source>Not yet acknowledged:</source>
        <translation>Ikke bekreftet ennå:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="140"/>
        <source>Names separated by commas.</source>
        <translation>Navn atskilt med komma.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="141"/>
        <source>&amp;Others:</source>
        <translation>&amp;Andre:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="142"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrer</translation>
    </message>
</context>
<context>
    <name>AddUserForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="72"/>
        <source>Add a user</source>
        <translation>Legg til en bruker</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="76"/>
        <source>Login name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="77"/>
        <source>e.g. sato (chosen at the lock screen)</source>
        <translation>f.eks. sato (velges på låseskjermen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="80"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="81"/>
        <source>e.g. 佐藤 花子 (printed in documents)</source>
        <translation>f.eks. Kari Nordmann (skrives ut i dokumenter)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="87"/>
        <source>Login name:</source>
        <translation>Brukernavn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="88"/>
        <source>Display name:</source>
        <translation>Visningsnavn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="89"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="91"/>
        <source>Passphrase:</source>
        <translation>Passfrase:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="104"/>
        <source>Type a login name.</source>
        <translation>Skriv inn et brukernavn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="106"/>
        <source>Type the display name (it is printed in documents).</source>
        <translation>Skriv inn visningsnavnet (det skrives ut i dokumenter).</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="45"/>
        <source>Adopt the policy</source>
        <translation>Vedta retningslinjene</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="52"/>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Vedtatt:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="53"/>
        <source>&amp;Adopt</source>
        <translation>&amp;Vedta</translation>
    </message>
</context>
<context>
    <name>AutosaveOffer</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="172"/>
        <source>Unsaved work found</source>
        <translation>Ulagret arbeid funnet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="174"/>
        <source>The program was not closed properly last time. Text typed in an incident or a guided response had not been saved yet; it was kept in the logbook. Restore it?</source>
        <translation>Programmet ble ikke avsluttet riktig forrige gang. Tekst skrevet i en hendelse eller en veiledet håndtering var ikke lagret ennå; den ble tatt vare på i loggboken. Vil du gjenopprette den?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="181"/>
        <source>Restore opens each draft again; nothing is saved until you save it.</source>
        <translation>Gjenopprett åpner hvert utkast igjen; ingenting lagres før du lagrer det.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="186"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="190"/>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="195"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="43"/>
        <source>&amp;Back up the logbook…</source>
        <translation>Sikkerhetskopier loggboken (&amp;K) …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="67"/>
        <source>Where should the backup go?</source>
        <translation>Hvor skal sikkerhetskopien lagres?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="84"/>
        <source>Backing up the logbook…</source>
        <translation>Sikkerhetskopierer loggboken …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="97"/>
        <source>Backed up to %1 (%2 files, still encrypted).</source>
        <translation>Sikkerhetskopiert til %1 (%2 filer, fortsatt kryptert).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="105"/>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>Sikkerhetskopieringen ble avbrutt; ingenting ble beholdt.</translation>
    </message>
</context>
<context>
    <name>BanRegisterDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="53"/>
        <source>Ban register</source>
        <translation>Forbudsregister</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="58"/>
        <source>Is this person banned?</source>
        <translation>Har denne personen forbud?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="59"/>
        <source>Is this person banned? Name, description or phone</source>
        <translation>Har denne personen forbud? Navn, kjennetegn eller telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="76"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="77"/>
        <source>All notices</source>
        <translation>Alle varsler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="79"/>
        <source>Ending within 30 days</source>
        <translation>Slutter innen 30 dager</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="85"/>
        <source>Notices</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="107"/>
        <source>Show PDF…</source>
        <translation>Vis PDF …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="108"/>
        <source>Record service…</source>
        <translation>Registrer forkynning …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="109"/>
        <source>Review or appeal…</source>
        <translation>Gjennomgang eller klage …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="110"/>
        <source>Shorten…</source>
        <translation>Forkort …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="111"/>
        <source>Revoke…</source>
        <translation>Opphev …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="112"/>
        <source>Log breach</source>
        <translation>Registrer brudd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="120"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="171"/>
        <source>%n ban(s) end within 30 days: %1</source>
        <translation>
            <numerusform>%n forbud slutter innen 30 dager: %1</numerusform>
            <numerusform>%n forbud slutter innen 30 dager: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="188"/>
        <source>No notice matches “%1”.</source>
        <translation>Ingen varsler passer til «%1».</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="189"/>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="193"/>
        <source>Show all notices</source>
        <translation>Vis alle varsler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="193"/>
        <source>No notice is in this state.</source>
        <translation>Ingen varsler har denne statusen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="198"/>
        <source>No notice has been issued yet. A no-entry notice is issued from an incident: Response → Issue no-entry notice…</source>
        <translation>Ingen varsler er utstedt ennå. Et varsel om adgangsforbud utstedes fra en hendelse: Tiltak → Utsted varsel om adgangsforbud …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="240"/>
        <source>Served %1 (%2) by %3</source>
        <translation>Forkynt %1 (%2) av %3</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="253"/>
        <source>Breach %1: %2</source>
        <translation>Brudd %1: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="257"/>
        <source>Not served yet: record how the notice reached the person.</source>
        <translation>Ikke forkynt ennå: registrer hvordan varselet nådde personen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="288"/>
        <source>no end</source>
        <translation>ingen slutt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="290"/>
        <source>BANNED — %1: %2 (until %3). Politely refuse entry and ask them to leave; call the police if they refuse.</source>
        <translation>HAR FORBUD — %1: %2 (til %3). Avvis høflig og be personen gå; ring politiet hvis personen nekter.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="300"/>
        <source>Not banned now. Earlier notices: %1</source>
        <translation>Har ikke forbud nå. Tidligere varsler: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="303"/>
        <source>No notice matches.</source>
        <translation>Ingen varsler passer.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="366"/>
        <source>Log a breach?</source>
        <translation>Registrere brudd?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="369"/>
        <source>Record that %1 came in despite notice %2? A new incident is created with this person as the customer; add what happened there.</source>
        <translation>Registrere at %1 kom inn til tross for varsel %2? En ny hendelse opprettes med denne personen som kunde; skriv inn hva som skjedde der.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="386"/>
        <source>Breach logged as incident %1.</source>
        <translation>Bruddet er registrert som hendelse %1.</translation>
    </message>
</context>
<context>
    <name>BehaviourChart</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="126"/>
        <source>Incidents per month by the behaviour recorded, for the last 12 months. An incident with several behaviours counts once for each.</source>
        <translation>Hendelser per måned etter registrert atferd, de siste 12 månedene. En hendelse med flere typer atferd telles én gang for hver.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="132"/>
        <source>Incidents per month by behaviour</source>
        <translation>Hendelser per måned etter atferd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="147"/>
        <source>Other or none recorded</source>
        <translation>Annet eller ikke registrert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="148"/>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="52"/>
        <source>Save the evidence bundle</source>
        <translation>Lagre bevispakken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="50"/>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="48"/>
        <source>7z archive (*.7z)</source>
        <translation>7z-arkiv (*.7z)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="70"/>
        <source>Evidence bundle — %1</source>
        <translation>Bevispakke — %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="81"/>
        <source>&amp;Encrypt with a password (AES-256)</source>
        <translation>&amp;Krypter med passord (AES-256)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="86"/>
        <source>7z: file names hidden too (7-Zip, Keka, The Unarchiver)</source>
        <translation>7z: filnavnene skjules også (7-Zip, Keka, The Unarchiver)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="88"/>
        <source>ZIP: for older tools; file names stay visible</source>
        <translation>ZIP: for eldre verktøy; filnavnene forblir synlige</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="110"/>
        <source>&amp;Create bundle</source>
        <translation>&amp;Lag bevispakke</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="114"/>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="229"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="121"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Lagre som:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="125"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="126"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="127"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="128"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Språk i rapporten:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="130"/>
        <source>Give the password to the recipient separately (by phone or in person), never with the file. At least %1 characters.</source>
        <translation>Gi passordet til mottakeren separat (på telefon eller personlig), aldri sammen med filen. Minst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="180"/>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="183"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Passordet må ha minst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="191"/>
        <source>Choose where to save the bundle.</source>
        <translation>Velg hvor bevispakken skal lagres.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="213"/>
        <source>Making the bundle…</source>
        <translation>Lager bevispakken …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="229"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="238"/>
        <source>Saved %1. Manifest SHA-256: %2</source>
        <translation>Lagret %1. SHA-256 for manifestet: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="246"/>
        <source>%1 is not encrypted: send it together with the bundle.</source>
        <translation>%1 er ikke kryptert: send den sammen med pakken.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="250"/>
        <source>The recipient checks the bundle against this manifest SHA-256 (also in the incident report), not only against the hashes inside it.</source>
        <translation>Mottakeren kontrollerer pakken mot denne SHA-256 for manifestet (står også i hendelsesrapporten), ikke bare mot hashene inne i den.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="256"/>
        <source>Left out (failed their check; the report says so): %1</source>
        <translation>Utelatt (besto ikke kontrollen; det står i rapporten): %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="265"/>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="279"/>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutt; ingen fil ble skrevet.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="73"/>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="101"/>
        <source>▶ Start call timer</source>
        <translation>▶ Start tidtaking</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="103"/>
        <source>■ End call</source>
        <translation>■ Avslutt samtalen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="111"/>
        <source>Time on the call</source>
        <translation>Tid i samtalen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="132"/>
        <source>The caller&apos;s language</source>
        <translation>Innringerens språk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="136"/>
        <source>Caller&apos;s language</source>
        <translation>Innringerens språk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="153"/>
        <source>The caller</source>
        <translation>Innringeren</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="158"/>
        <source>Caller&apos;s number</source>
        <translation>Innringerens nummer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="159"/>
        <source>As shown on the phone; empty if withheld</source>
        <translation>Slik det vises på telefonen; tomt hvis skjult</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="168"/>
        <source>Who it is</source>
        <translation>Hvem det er</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="171"/>
        <source>Exact words</source>
        <translation>Nøyaktige ord</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="172"/>
        <source>Write what the caller said, word for word</source>
        <translation>Skriv det innringeren sa, ord for ord</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="175"/>
        <source>File into</source>
        <translation>Arkiver i</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="176"/>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="178"/>
        <source>&amp;Who it is</source>
        <translation>&amp;Hvem det er</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="179"/>
        <source>&amp;Exact words</source>
        <translation>N&amp;øyaktige ord</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="180"/>
        <source>&amp;File into</source>
        <translation>&amp;Arkiver i</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="183"/>
        <source>File the call</source>
        <translation>Arkiver samtalen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="204"/>
        <source>Shop&apos;s limit: %1 min per call</source>
        <translation>Butikkens grense: %1 min per samtale</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="252"/>
        <source>Within the limit (%1 left)</source>
        <translation>Innenfor grensen (%1 igjen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="253"/>
        <source>Warn the caller now: the call ends in %1</source>
        <translation>Varsle innringeren nå: samtalen avsluttes om %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="254"/>
        <source>Limit reached: read this out, then hang up</source>
        <translation>Grensen er nådd: les dette høyt, og legg så på</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="256"/>
        <source>No call running</source>
        <translation>Ingen samtale pågår</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="276"/>
        <source>Earlier calls from the number are counted here.</source>
        <translation>Tidligere anrop fra nummeret telles her.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="285"/>
        <source>Calls from this number in the last %1 days: %2 (this one included)</source>
        <translation>Anrop fra dette nummeret de siste %1 dagene: %2 (medregnet dette)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="287"/>
        <source>Calls from this number in the last %1 days: %2</source>
        <translation>Anrop fra dette nummeret de siste %1 dagene: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="291"/>
        <source>Repeated calls: the incident is marked as such when filed.</source>
        <translation>Gjentatte oppringninger: hendelsen merkes slik når samtalen arkiveres.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="305"/>
        <source>A new incident</source>
        <translation>En ny hendelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="337"/>
        <source>Caller</source>
        <translation>Innringer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="338"/>
        <source>a withheld number</source>
        <translation>et skjult nummer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="339"/>
        <source>Phone call from %1 (%2 min)</source>
        <translation>Telefonsamtale fra %1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="345"/>
        <source>Not filed: %1
The call and your notes are still here.</source>
        <translation>Ikke arkivert: %1
Samtalen og notatene dine er fortsatt her.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="350"/>
        <source>Filed into %1.</source>
        <translation>Arkivert i %1.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="367"/>
        <source>The logbook is locked. The timer runs on; unlock to file the call.</source>
        <translation>Loggboken er låst. Tidtakingen fortsetter; lås opp for å arkivere samtalen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="388"/>
        <source>Call not filed</source>
        <translation>Samtalen er ikke arkivert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="389"/>
        <source>This call is not filed yet. Close anyway and lose it?</source>
        <translation>Denne samtalen er ikke arkivert ennå. Lukke likevel og miste den?</translation>
    </message>
</context>
<context>
    <name>CallScripts</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="61"/>
        <source>Tell the caller: the call has gone on for a long time and will end in a few minutes.</source>
        <translation>Si til innringeren: samtalen har vart lenge og avsluttes om noen minutter.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="66"/>
        <source>Tell the caller: you cannot continue the conversation and will end the call now. Then hang up.</source>
        <translation>Si til innringeren: du kan ikke fortsette samtalen og avslutter den nå. Legg så på.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="71"/>
        <source>Listen calmly and write down the exact words. Never argue.</source>
        <translation>Lytt rolig og skriv ned de nøyaktige ordene. Ikke krangle.</translation>
    </message>
</context>
<context>
    <name>CaseMenus</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="56"/>
        <source>Incident &amp;now</source>
        <translation>H&amp;endelse nå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="59"/>
        <source>&amp;Guided response…</source>
        <translation>&amp;Veiledet håndtering …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="61"/>
        <source>Phone &amp;call…</source>
        <translation>Telefon&amp;samtale …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="62"/>
        <source>&amp;Issue no-entry notice…</source>
        <translation>&amp;Utsted varsel om adgangsforbud …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="63"/>
        <source>&amp;Ban register…</source>
        <translation>For&amp;budsregister …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="64"/>
        <source>Notice &amp;wording…</source>
        <translation>&amp;Ordlyd for varsel …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="66"/>
        <source>Incident &amp;report (PDF)…</source>
        <translation>Hendelses&amp;rapport (PDF) …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="68"/>
        <source>Period &amp;summary (PDF)…</source>
        <translation>&amp;Periodeoversikt (PDF) …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="69"/>
        <source>Evidence &amp;bundle (ZIP)…</source>
        <translation>&amp;Bevispakke (ZIP) …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="90"/>
        <source>&amp;Response</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="97"/>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="127"/>
        <source>Select an incident in the list first.</source>
        <translation>Velg først en hendelse i listen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="177"/>
        <source>Saved %1. The guided response is closed.</source>
        <translation>%1 er lagret. Den veiledede håndteringen er lukket.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="179"/>
        <source>Saved %1 as a draft. A manager judges it and closes it.</source>
        <translation>Lagret %1 som utkast. En leder vurderer og avslutter den.</translation>
    </message>
</context>
<context>
    <name>CaseStudyTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="56"/>
        <source>Closed incident, e.g. K-2026-0001</source>
        <translation>Avsluttet hendelse, f.eks. K-2026-0001</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="57"/>
        <source>&amp;Draft from incident</source>
        <translation>&amp;Lag utkast fra hendelsen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="65"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="69"/>
        <source>No names</source>
        <translation>Ingen navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="70"/>
        <source>No places</source>
        <translation>Ingen steder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="71"/>
        <source>No dates</source>
        <translation>Ingen datoer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="72"/>
        <source>No other identifying details</source>
        <translation>Ingen andre identifiserende opplysninger</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="74"/>
        <source>I checked this case study:</source>
        <translation>Jeg har kontrollert denne casen:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="79"/>
        <source>Save &amp;draft</source>
        <translation>Lagre &amp;utkast</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="82"/>
        <source>Save as &amp;checked</source>
        <translation>Lagre som &amp;kontrollert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="85"/>
        <source>Print &amp;handout…</source>
        <translation>Skriv ut &amp;utdeling…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="152"/>
        <source>Checked by %1</source>
        <translation>Kontrollert av %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="154"/>
        <source>Not checked: it cannot be printed yet.</source>
        <translation>Ikke kontrollert: kan ikke skrives ut ennå.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="172"/>
        <source>Draft: not saved yet.</source>
        <translation>Utkast: ikke lagret ennå.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="176"/>
        <source>Nothing identifying was found: read it carefully.</source>
        <translation>Ingenting identifiserende ble funnet: les nøye.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="180"/>
        <source>Replaced: %1. Read it and remove anything else that identifies someone.</source>
        <translation>Erstattet: %1. Les gjennom og fjern alt annet som kan identifisere noen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="186"/>
        <source>customer</source>
        <translation>kunde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="186"/>
        <source>staff member</source>
        <translation>ansatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="187"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="187"/>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="187"/>
        <source>the shop</source>
        <translation>butikken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="188"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="188"/>
        <source>time</source>
        <translation>klokkeslett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="188"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="189"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="189"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="189"/>
        <source>postcode</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="190"/>
        <source>licence plate</source>
        <translation>skilt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="190"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="213"/>
        <source>Case study</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="215"/>
        <source>It still seems to contain: %1. Check it anyway?</source>
        <translation>Den ser fortsatt ut til å inneholde: %1. Kontrollere den likevel?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="243"/>
        <source>case-study</source>
        <translation>case</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPassphraseForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="206"/>
        <source>Change my passphrase</source>
        <translation>Endre passfrasen min</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="208"/>
        <source>Current passphrase</source>
        <translation>Nåværende passfrase</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="209"/>
        <source>Current passphrase:</source>
        <translation>Nåværende passfrase:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="210"/>
        <source>New passphrase:</source>
        <translation>Ny passfrase:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="214"/>
        <source>Type your current passphrase.</source>
        <translation>Skriv inn den nåværende passfrasen din.</translation>
    </message>
</context>
<context>
    <name>ClockOffsetTexts</name>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="96"/>
        <source>Camera clock %n second(s) ahead of real time</source>
        <translation>
            <numerusform>Kameraklokka går %n sekund for fort</numerusform>
            <numerusform>Kameraklokka går %n sekunder for fort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="99"/>
        <source>Camera clock %n second(s) behind real time</source>
        <translation>
            <numerusform>Kameraklokka går %n sekund for sakte</numerusform>
            <numerusform>Kameraklokka går %n sekunder for sakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="71"/>
        <source>7. Decide and close</source>
        <translation>7. Bestem og avslutt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="74"/>
        <source>Record what was done. “%1” saves everything in one go.</source>
        <translation>Registrer hva som ble gjort. «%1» lagrer alt på én gang.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="94"/>
        <source>No-entry notice</source>
        <translation>Varsel om adgangsforbud</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="108"/>
        <source>Afterwards</source>
        <translation>Etterpå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="112"/>
        <source>What we change to prevent it happening again</source>
        <translation>Hva vi endrer for å hindre at det skjer igjen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="113"/>
        <source>Use as a training case (anonymised)</source>
        <translation>Bruk som eksempel i opplæring (anonymisert)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="117"/>
        <source>Status to save</source>
        <translation>Status som lagres</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="120"/>
        <source>Reason for the status change</source>
        <translation>Grunn til statusendringen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="122"/>
        <source>Needed when going back, or closing with follow-ups still open</source>
        <translation>Trengs når du går tilbake, eller avslutter mens oppfølging gjenstår</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="126"/>
        <source>What we &amp;change to prevent it happening again</source>
        <translation>Hva vi &amp;endrer for å hindre at det skjer igjen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="128"/>
        <source>Sta&amp;tus to save</source>
        <translation>&amp;Status som lagres</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="129"/>
        <source>R&amp;eason</source>
        <translation>&amp;Grunn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="231"/>
        <source>To issue one anyway, the notice dialog asks for the reason (it is recorded).</source>
        <translation>For å utstede det likevel ber varselvinduet om begrunnelsen (den blir registrert).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="237"/>
        <source>The button saves the response so far and opens the notice; the action is recorded when the notice is issued.</source>
        <translation>Knappen lagrer svaret så langt og åpner varselet om adgangsforbud; tiltaket registreres når varselet utstedes.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="267"/>
        <source>“%1” will be refused for this status:</source>
        <translation>«%1» blir avvist med denne statusen:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="186"/>
        <source>Suggested (★): %1</source>
        <translation>Foreslått (★): %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="225"/>
        <source>A notice may be issued: the facts are confirmed, harassment.</source>
        <translation>Varsel kan utstedes: fakta er bekreftet, og det er trakassering.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="227"/>
        <source>Not on the merits:</source>
        <translation>Vilkårene er ikke oppfylt:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="255"/>
        <source>%1 (unchanged)</source>
        <translation>%1 (uendret)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="257"/>
        <source>%1 (not yet)</source>
        <translation>%1 (ikke ennå)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="270"/>
        <source>Allowed with the reason given (it is recorded):</source>
        <translation>Tillatt med grunnen som er oppgitt (den registreres):</translation>
    </message>
</context>
<context>
    <name>ClosedMode</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="73"/>
        <source>This incident is closed, so it is read-only. To change it, reopen it: you are asked why, and the reason is kept in the audit trail.</source>
        <translation>Denne hendelsen er avsluttet og kan bare leses. For å endre den må du gjenåpne den: du blir spurt om hvorfor, og begrunnelsen lagres i revisjonssporet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="56"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Gjenåpne …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="77"/>
        <source>This incident is closed, so it is read-only. A manager can reopen it: they are asked why, and the reason is kept in the audit trail.</source>
        <translation>Denne hendelsen er avsluttet og kan bare leses. En leder kan gjenåpne den: lederen blir spurt om hvorfor, og begrunnelsen lagres i revisjonssporet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="84"/>
        <source>This is not your own draft: you can add exact words, timeline steps and calls to it; other changes need a manager.</source>
        <translation>Dette er ikke ditt eget utkast: du kan legge til ordrette utsagn, tidslinjetrinn og samtaler; andre endringer må en leder gjøre.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="131"/>
        <source>Reopen %1</source>
        <translation>Gjenåpne %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="133"/>
        <source>Why is this closed incident reopened? (Kept in the audit trail.)</source>
        <translation>Hvorfor gjenåpnes denne avsluttede hendelsen? (Lagres i revisjonssporet.)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="136"/>
        <source>Reopen</source>
        <translation>Gjenåpne</translation>
    </message>
</context>
<context>
    <name>ConsultationForms</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="35"/>
        <source>Contact person in the shop</source>
        <translation>Kontaktperson i butikken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="38"/>
        <source>Lawyer</source>
        <translation>Advokat</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="39"/>
        <source>Police station</source>
        <translation>Politistasjon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="42"/>
        <source>Police consultation line (#9110)</source>
        <translation>Politiets rådgivningstelefon (#9110)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="45"/>
        <source>Labour bureau consultation corner</source>
        <translation>Arbeidsbyråets rådgivningskontor</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="48"/>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="58"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="55"/>
        <source>In person</source>
        <translation>Personlig</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="56"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="57"/>
        <source>Message or e-mail</source>
        <translation>Melding eller e-post</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="275"/>
        <source>Consultation desk</source>
        <translation>Rådgivning for ansatte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="281"/>
        <source>Who to talk to</source>
        <translation>Hvem du kan snakke med</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="285"/>
        <source>Consultation records</source>
        <translation>Samtalereferater</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="289"/>
        <source>Cooperation requests</source>
        <translation>Anmodninger om samarbeid</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="73"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="84"/>
        <source>A user of this logbook: they may record consultations</source>
        <translation>En bruker av loggboken: vedkommende kan registrere samtaler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="93"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="94"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="95"/>
        <source>&amp;User (contact person)</source>
        <translation>&amp;Bruker (kontaktperson)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="96"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="97"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="98"/>
        <source>&amp;Hours</source>
        <translation>Å&amp;pningstid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="99"/>
        <source>N&amp;otes</source>
        <translation>&amp;Merknader</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="105"/>
        <source>(none: a name only)</source>
        <translation>(ingen: bare et navn)</translation>
    </message>
</context>
<context>
    <name>ContactsBox</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/contacts_box.py" line="27"/>
        <source>Who to talk to</source>
        <translation>Hvem du kan snakke med</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/contacts_box.py" line="52"/>
        <source>(contact person in the shop)</source>
        <translation>(kontaktperson i butikken)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/contacts_box.py" line="54"/>
        <source>number to be checked</source>
        <translation>nummeret må sjekkes</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="93"/>
        <source>Staff can talk to any of these after customer harassment, also when unsure whether it was. What is said is kept confidential, and nobody is treated disadvantageously for consulting.</source>
        <translation>De ansatte kan snakke med hvem som helst av disse etter kundetrakassering, også når de er usikre på om det var det. Det som blir sagt, behandles fortrolig, og ingen behandles ufordelaktig fordi de har søkt råd.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="104"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="105"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="106"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="107"/>
        <source>Hours</source>
        <translation>Åpningstid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="108"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="113"/>
        <source>&amp;Save contact</source>
        <translation>&amp;Lagre kontakt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="114"/>
        <source>&amp;New contact</source>
        <translation>&amp;Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="115"/>
        <source>&amp;Remove contact</source>
        <translation>&amp;Fjern kontakt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="140"/>
        <source>number to be checked</source>
        <translation>nummeret må sjekkes</translation>
    </message>
</context>
<context>
    <name>CooperationTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Other employer</source>
        <translation>Den andre arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="182"/>
        <source>&amp;New request</source>
        <translation>&amp;Ny anmodning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="184"/>
        <source>&amp;Save request</source>
        <translation>&amp;Lagre anmodning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="192"/>
        <source>&amp;Print letter…</source>
        <translation>&amp;Skriv ut brev …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="223"/>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="223"/>
        <source>Incoming</source>
        <translation>Innkommende</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="225"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="225"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="270"/>
        <source>The request was saved.</source>
        <translation>Anmodningen ble lagret.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="274"/>
        <source>cooperation-request</source>
        <translation>anmodning-om-samarbeid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="277"/>
        <source>Save the letter</source>
        <translation>Lagre brevet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="279"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="298"/>
        <source>Writing the letter…</source>
        <translation>Skriver brevet …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="306"/>
        <source>The letter was saved: %1</source>
        <translation>Brevet ble lagret: %1</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="81"/>
        <source>Total: %1 min (%2 h %3 min), ¥%4</source>
        <translation>Sum: %1 min (%2 t %3 min), %4 yen</translation>
    </message>
</context>
<context>
    <name>CriteriaSuggestions</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/criteria_box.py" line="44"/>
        <source>The shop&apos;s own criteria suggest the following. Tick what you confirm; an unticked suggestion changes nothing:</source>
        <translation>Butikkens egne kriterier foreslår følgende. Kryss av det du bekrefter; et forslag uten kryss endrer ingenting:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="294"/>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="303"/>
        <source>%1 is set</source>
        <translation>%1 er fylt inn</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="215"/>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="218"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="228"/>
        <source>%1: now</source>
        <translation>%1: nå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="230"/>
        <source>%1 is known</source>
        <translation>%1 er kjent</translation>
    </message>
</context>
<context>
    <name>DeleteEvidenceDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="31"/>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="32"/>
        <source>Delete evidence</source>
        <translation>Slett bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="43"/>
        <source>The file&apos;s content is erased for good: nobody, not even with the recovery key, can open it again. The record of the file (name, size, SHA-256) and your reason stay in the logbook and its audit trail.</source>
        <translation>Innholdet i filen slettes for godt: ingen kan åpne den igjen, heller ikke med gjenopprettingsnøkkelen. Opplysningene om filen (navn, størrelse, SHA-256) og begrunnelsen din blir værende i loggboken og revisjonssporet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="52"/>
        <source>Reason for deleting</source>
        <translation>Grunn til sletting</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="54"/>
        <source>Why is it deleted? (for example: photo of another customer by mistake)</source>
        <translation>Hvorfor slettes den? (for eksempel: bilde av en annen kunde ved en feil)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="60"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begrunnelse (påkrevd):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="62"/>
        <source>I understand that the file cannot be recovered</source>
        <translation>Jeg forstår at filen ikke kan gjenopprettes</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="67"/>
        <source>Delete for good</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="96"/>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>Begrunnelsen er for lang (høyst %1 tegn).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="99"/>
        <source>Write the reason first.</source>
        <translation>Skriv begrunnelsen først.</translation>
    </message>
</context>
<context>
    <name>DutyMenu</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="61"/>
        <source>Basic &amp;policy…</source>
        <translation>&amp;Retningslinjer…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="69"/>
        <source>&amp;Consultation desk…</source>
        <translation>Rådgivning for &amp;ansatte…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="77"/>
        <source>Handling p&amp;rocedures…</source>
        <translation>&amp;Håndteringsrutiner…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="85"/>
        <source>&amp;Training…</source>
        <translation>&amp;Opplæring…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="93"/>
        <source>C&amp;ooperation requests…</source>
        <translation>Anmodninger om &amp;samarbeid…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="101"/>
        <source>Retention and &amp;erasing…</source>
        <translation>Oppbevaring og s&amp;letting…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="118"/>
        <source>&amp;Duty</source>
        <translation>&amp;Arbeidsgiverplikter</translation>
    </message>
</context>
<context>
    <name>EncryptedMediaDevice</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_device.py" line="64"/>
        <source>Evidence can only be read.</source>
        <translation>Bevis kan bare leses.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="46"/>
        <source>Erase records</source>
        <translation>Slett oppføringer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="52"/>
        <source>Why (kept in the audit trail)</source>
        <translation>Hvorfor (lagres i revisjonssporet)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="55"/>
        <source>&amp;Erase</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="64"/>
        <source>Reason:</source>
        <translation>Grunn:</translation>
    </message>
</context>
<context>
    <name>EvidenceInfo</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="30"/>
        <source>Evidence details</source>
        <translation>Detaljer om beviset</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="47"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="48"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="49"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="50"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="51"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="51"/>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="55"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="57"/>
        <source>Camera clock</source>
        <translation>Kameraklokke</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="59"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="63"/>
        <source>%1 (%2, by %3)</source>
        <translation>%1 (%2, av %3)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="64"/>
        <source>Last integrity check</source>
        <translation>Siste integritetskontroll</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="67"/>
        <source>%1 by %2: %3</source>
        <translation>%1 av %2: %3</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="68"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="140"/>
        <source>Integrity not checked yet.</source>
        <translation>Integriteten er ikke kontrollert ennå.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="147"/>
        <source>%n file(s) failed the last check (%1).</source>
        <translation>
            <numerusform>%n fil feilet ved siste kontroll (%1).</numerusform>
            <numerusform>%n filer feilet ved siste kontroll (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="149"/>
        <source>Checked %1; %n file(s) not checked yet.</source>
        <translation>
            <numerusform>Kontrollert %1; %n fil er ikke kontrollert ennå.</numerusform>
            <numerusform>Kontrollert %1; %n filer er ikke kontrollert ennå.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="150"/>
        <source>Checked %1: all intact.</source>
        <translation>Kontrollert %1: alle er intakte.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="221"/>
        <source>Imported %1 by %2</source>
        <translation>Importert %1 av %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="240"/>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="241"/>
        <source>Integrity: %1 (checked %2)</source>
        <translation>Integritet: %1 (kontrollert %2)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="230"/>
        <source>Deleted %1 by %2: %3</source>
        <translation>Slettet %1 av %2: %3</translation>
    </message>
</context>
<context>
    <name>EvidenceListView</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_view.py" line="19"/>
        <source>Evidence files</source>
        <translation>Bevisfiler</translation>
    </message>
</context>
<context>
    <name>EvidenceOperations</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="89"/>
        <source>An import is already running; wait until it ends.</source>
        <translation>En import pågår allerede; vent til den er ferdig.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="94"/>
        <source>Not enough free disk space: the files need %1, the logbook&apos;s disk has %2 free. Nothing was added.</source>
        <translation>Ikke nok ledig diskplass: filene trenger %1, og disken med loggboken har %2 ledig. Ingenting ble lagt til.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="111"/>
        <source>Adding %n file(s) (%1)…</source>
        <translation>
            <numerusform>Legger til %n fil (%1) …</numerusform>
            <numerusform>Legger til %n filer (%1) …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="123"/>
        <source>The import was abandoned: the logbook was locked or another incident was chosen. Nothing was added.</source>
        <translation>Importen ble avbrutt: loggboken ble låst, eller en annen hendelse ble valgt. Ingenting ble lagt til.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="134"/>
        <source>Added %n file(s) (%1).</source>
        <translation>
            <numerusform>La til %n fil (%1).</numerusform>
            <numerusform>La til %n filer (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="141"/>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Importen ble avbrutt; ingenting ble lagt til.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="167"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="182"/>
        <source>Exported %1 to %2 (content checked against its SHA-256).</source>
        <translation>Eksporterte %1 til %2 (innholdet er kontrollert mot SHA-256).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="192"/>
        <source>Exporting %1…</source>
        <translation>Eksporterer %1 …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="227"/>
        <source>Checking the evidence files…</source>
        <translation>Kontrollerer bevisfilene …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="259"/>
        <source>The check was stopped.</source>
        <translation>Kontrollen ble stoppet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="261"/>
        <source>%n file(s) failed the integrity check: see the red marks.</source>
        <translation>
            <numerusform>%n fil besto ikke integritetskontrollen: se de røde merkene.</numerusform>
            <numerusform>%n filer besto ikke integritetskontrollen: se de røde merkene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="264"/>
        <source>All %n file(s) are intact.</source>
        <translation>
            <numerusform>%n fil er intakt.</numerusform>
            <numerusform>Alle %n filene er intakte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="51"/>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="77"/>
        <source>Add files…</source>
        <translation>Legg til filer …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="80"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="83"/>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="86"/>
        <source>Delete…</source>
        <translation>Slett …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="89"/>
        <source>Time on picture…</source>
        <translation>Tid på bildet…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="92"/>
        <source>Check integrity</source>
        <translation>Kontroller integritet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="109"/>
        <source>Evidence status</source>
        <translation>Status for bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="235"/>
        <source>Select an incident to see its evidence.</source>
        <translation>Velg en hendelse for å se bevisene.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="237"/>
        <source>No evidence yet. Drop photos, videos or recordings here, or use “Add files…”.</source>
        <translation>Ingen bevis ennå. Slipp bilder, video eller opptak her, eller bruk «Legg til filer …».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="241"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fil, %1</numerusform>
            <numerusform>%n filer, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="256"/>
        <source>Add evidence</source>
        <translation>Legg til bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="35"/>
        <source>Evidence (*.jpg *.jpeg *.png *.heic *.gif *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.3gp *.mp3 *.m4a *.wav *.amr *.ogg *.flac *.pdf);;All files (*)</source>
        <translation>Bevis (*.jpg *.jpeg *.png *.heic *.gif *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.3gp *.mp3 *.m4a *.wav *.amr *.ogg *.flac *.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="265"/>
        <source>Select an incident first, then add its evidence.</source>
        <translation>Velg en hendelse først, og legg så til bevisene.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="272"/>
        <source>%1 is a folder: open it and choose the files inside.</source>
        <translation>%1 er en mappe: åpne den og velg filene i den.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="275"/>
        <source>%1 is not there (moved or deleted?).</source>
        <translation>%1 finnes ikke (flyttet eller slettet?).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="278"/>
        <source>The files you chose are listed for adding.</source>
        <translation>Filene du valgte, står på listen over filer som legges til.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="312"/>
        <source>Only files on this computer can be added: save the file first, then drop it here.</source>
        <translation>Bare filer på denne datamaskinen kan legges til: lagre filen først, og slipp den så her.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="336"/>
        <source>%1 was deleted: %2</source>
        <translation>%1 er slettet: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="340"/>
        <source>This kind of file cannot be shown here; export it and open it with another program.</source>
        <translation>Denne filtypen kan ikke vises her; eksporter den og åpne den med et annet program.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="360"/>
        <source>Export evidence</source>
        <translation>Eksporter bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="397"/>
        <source>Deleted %1. The reason is kept in the logbook.</source>
        <translation>Slettet %1. Begrunnelsen er lagret i loggboken.</translation>
    </message>
</context>
<context>
    <name>EvidenceTimes</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="39"/>
        <source>%1 (no time zone in the file)</source>
        <translation>%1 (ingen tidssone i filen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="48"/>
        <source>%1 (camera showed %2; corrected by its clock offset)</source>
        <translation>%1 (kameraet viste %2; korrigert for klokkeavviket)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="54"/>
        <source>unknown (the file records none)</source>
        <translation>ukjent (filen registrerer ingen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="56"/>
        <source>%1 (photo&apos;s EXIF)</source>
        <translation>%1 (bildets EXIF)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="58"/>
        <source>%1 (the recording&apos;s own header)</source>
        <translation>%1 (opptakets eget filhode)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="63"/>
        <source>%1, entered by %2</source>
        <translation>%1, registrert av %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="68"/>
        <source>not entered</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="70"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="72"/>
        <source>Time in the file</source>
        <translation>Tid i filen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="73"/>
        <source>Time on the picture</source>
        <translation>Tid på bildet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="74"/>
        <source>File modified (PC clock, not corrected)</source>
        <translation>Fil endret (PC-klokke, ikke korrigert)</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="50"/>
        <source>2. Facts and witnesses</source>
        <translation>2. Fakta og vitner</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="53"/>
        <source>Hear the staff involved, colleagues and managers; keep CCTV and recordings. Confirm the facts before judging.</source>
        <translation>Hør de involverte ansatte, kolleger og ledere; ta vare på overvåkingsvideo og opptak. Bekreft fakta før du vurderer.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="57"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="61"/>
        <source>Evidence on file</source>
        <translation>Registrerte bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="66"/>
        <source>Statements</source>
        <translation>Forklaringer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="71"/>
        <source>Add: staff involved</source>
        <translation>Legg til: involvert ansatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="72"/>
        <source>Add: colleague</source>
        <translation>Legg til: kollega</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="73"/>
        <source>Add: manager</source>
        <translation>Legg til: leder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="92"/>
        <source>Confirm the facts</source>
        <translation>Bekreft fakta</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="95"/>
        <source>Only tick this once the facts are checked.</source>
        <translation>Kryss av først når fakta er sjekket.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="96"/>
        <source>The facts are confirmed</source>
        <translation>Fakta er bekreftet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="100"/>
        <source>Confirmed by</source>
        <translation>Bekreftet av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="102"/>
        <source>Confirmed at</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="104"/>
        <source>Confirmed b&amp;y</source>
        <translation>Bekreftet &amp;av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="105"/>
        <source>Confirmed &amp;at</source>
        <translation>Bekreftet t&amp;id</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="128"/>
        <source>No evidence files yet: add them in the incident&apos;s evidence tab.</source>
        <translation>Ingen bevisfiler ennå: legg dem til under Bevis for hendelsen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="130"/>
        <source>Evidence can be added once the incident is saved.</source>
        <translation>Bevis kan legges til når hendelsen er lagret.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="142"/>
        <source>A manager confirms the facts when judging; the statements you record are saved for them.</source>
        <translation>En leder bekrefter fakta når klagen vurderes; forklaringene du registrerer, lagres for dem.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="182"/>
        <source>Staff involved</source>
        <translation>Involvert ansatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="183"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="184"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="204"/>
        <source>The facts rest on a single source: one person&apos;s account and no evidence file. Hear a colleague or a manager too, or keep CCTV or a recording, before judging.</source>
        <translation>Faktaene bygger på én kilde: én persons forklaring og ingen bevisfil. Hør også en kollega eller en leder, eller ta vare på overvåkingsvideo eller et opptak, før du vurderer.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="22"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="52"/>
        <source>Not saved. %1
Nothing you typed was lost: correct it and save again.</source>
        <translation>Ikke lagret. %1
Ingenting du skrev, har gått tapt: rett det og lagre igjen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="60"/>
        <source>Not saved: someone else saved this incident after you opened it. Your text is still here. Copy what you need, close this window, open the incident again and apply your changes there.
%1</source>
        <translation>Ikke lagret: noen andre lagret denne hendelsen etter at du åpnet den. Teksten din er fortsatt her. Kopier det du trenger, lukk vinduet, åpne hendelsen på nytt og gjør endringene der.
%1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="65"/>
        <source>Not saved: %1
Nothing you typed was lost.</source>
        <translation>Ikke lagret: %1
Ingenting du skrev, har gått tapt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="72"/>
        <source>Saved %1 (version %2) at %3.</source>
        <translation>Lagret %1 (versjon %2) kl. %3.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="54"/>
        <source>Search words, names, places… (Ctrl+F)</source>
        <translation>Søk etter ord, navn, steder … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="55"/>
        <source>Search incidents</source>
        <translation>Søk i hendelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="58"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="59"/>
        <source>Filter by status</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="60"/>
        <source>Open (not closed)</source>
        <translation>Åpne (ikke avsluttet)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="61"/>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="62"/>
        <source>Filter by channel</source>
        <translation>Filtrer på kanal</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="63"/>
        <source>All behaviours</source>
        <translation>All atferd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="64"/>
        <source>Filter by behaviour</source>
        <translation>Filtrer på atferd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="65"/>
        <source>No video</source>
        <translation>Uten video</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="68"/>
        <source>Only incidents with no video attached (no video file and no CCTV file)</source>
        <translation>Bare hendelser uten vedlagt video (ingen videofil og ingen fil fra overvåkingskamera)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="73"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="76"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="77"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="80"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="87"/>
        <source>Clear filters</source>
        <translation>Nullstill filtre</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/header_form.py" line="61"/>
        <source>What happened, in your own words</source>
        <translation>Hva som skjedde, med dine egne ord</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/header_form.py" line="62"/>
        <source>What the customer demanded</source>
        <translation>Hva kunden krevde</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/help_dialog.py" line="25"/>
        <source>How to use Kasuhara Desktop</source>
        <translation>Slik bruker du Kasuhara Desktop</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/help_dialog.py" line="30"/>
        <source>User guide</source>
        <translation>Brukerveiledning</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="73"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="74"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="75"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="76"/>
        <source>What changed</source>
        <translation>Hva som ble endret</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="139"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="141"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="219"/>
        <source>Saved versions</source>
        <translation>Lagrede versjoner</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="233"/>
        <source>Fields of the selected version</source>
        <translation>Feltene i valgt versjon</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="80"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="84"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="147"/>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="173"/>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="225"/>
        <source>Not refreshed.</source>
        <translation>Ikke oppdatert.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="233"/>
        <source>Home — %1</source>
        <translation>Hjem — %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="237"/>
        <source>Open incidents</source>
        <translation>Åpne hendelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="242"/>
        <source>%1 %2: until %3</source>
        <translation>%1 %2: til %3</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="246"/>
        <source>Bans ending within 30 days</source>
        <translation>Forbud som slutter innen 30 dager</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="261"/>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="267"/>
        <source>Follow-ups due (next 7 days listed)</source>
        <translation>Oppfølginger som forfaller (neste 7 dager vist)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="275"/>
        <source>art. %1, %2: a complaint, if wanted, by %3 (%4 days left)</source>
        <translation>§ %1, %2: en eventuell begjæring innen %3 (%4 dager igjen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="288"/>
        <source>Complaint deadlines (6 months)</source>
        <translation>Klagefrister (6 måneder)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="293"/>
        <source>export by %1</source>
        <translation>eksporter innen %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="297"/>
        <source>probably overwritten since %1</source>
        <translation>trolig overskrevet siden %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="302"/>
        <source>CCTV to export (the recorder keeps %1 days)</source>
        <translation>Kameraopptak å eksportere (opptakeren lagrer %1 dager)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="312"/>
        <source>never trained: %1, overdue: %2 (of %3)</source>
        <translation>aldri opplært: %1, på overtid: %2 (av %3)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="315"/>
        <source>Staff needing training</source>
        <translation>Ansatte som trenger opplæring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="326"/>
        <source>No basic policy adopted yet</source>
        <translation>Ingen grunnleggende retningslinje vedtatt ennå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="329"/>
        <source>Staff who have not acknowledged the policy</source>
        <translation>Ansatte som ikke har bekreftet retningslinjen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="338"/>
        <source>Records due for erasing</source>
        <translation>Oppføringer som kan slettes</translation>
    </message>
</context>
<context>
    <name>HomeTabs</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="61"/>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="62"/>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="63"/>
        <source>Home (Ctrl+1)</source>
        <translation>Hjem (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="64"/>
        <source>Incidents (Ctrl+2)</source>
        <translation>Hendelser (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="159"/>
        <source>Hours spent on the incidents of each month (by the month they occurred): the minutes recorded in each incident&apos;s costs (phone calls filed in phone mode, time on site, apology visits, deliberation, the lawyer) and, for incidents with no minutes recorded, the time from start to end (up to 24 hours).</source>
        <translation>Timer brukt på hendelsene hver måned (etter måneden de skjedde): minuttene registrert i hver hendelses kostnader (samtaler registrert i telefonmodus, tid på stedet, unnskyldningsbesøk, vurdering, advokat) og, for hendelser uten registrerte minutter, tiden fra start til slutt (opptil 24 timer).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="167"/>
        <source>Hours lost per month</source>
        <translation>Timer tapt per måned</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="170"/>
        <source>Phone calls</source>
        <translation>Telefonsamtaler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="171"/>
        <source>Other time recorded</source>
        <translation>Annen registrert tid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="172"/>
        <source>Start to end</source>
        <translation>Fra start til slutt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="174"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="80"/>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="81"/>
        <source>Evidence picture</source>
        <translation>Bildebevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="93"/>
        <source>Picture</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="102"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="105"/>
        <source>Fit to window</source>
        <translation>Tilpass til vinduet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="106"/>
        <source>Actual size</source>
        <translation>Faktisk størrelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="107"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="108"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="111"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="156"/>
        <source>%1 — evidence</source>
        <translation>%1 — bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="161"/>
        <source>Decrypting…</source>
        <translation>Dekrypterer …</translation>
    </message>
</context>
<context>
    <name>ImportEvidenceDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="39"/>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="40"/>
        <source>Add evidence</source>
        <translation>Legg til bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="44"/>
        <source>… and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="49"/>
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n fil, %1 i alt</numerusform>
            <numerusform>%n filer, %1 i alt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="55"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="56"/>
        <source>What does it show? (optional)</source>
        <translation>Hva viser den? (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="61"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="68"/>
        <source>Source detail</source>
        <translation>Detaljer om kilden</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="69"/>
        <source>Camera, phone, web address… (optional)</source>
        <translation>Kamera, telefon, nettadresse … (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="71"/>
        <source>The device clock was off by</source>
        <translation>Enhetens klokke gikk feil med</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="75"/>
        <source>Clock offset in seconds</source>
        <translation>Klokkeavvik i sekunder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="77"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="88"/>
        <source>Device time minus real time: +60 s if the camera showed 14:06 at 14:05.</source>
        <translation>Enhetens tid minus riktig tid: +60 s hvis kameraet viste 14:06 da klokka var 14:05.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="101"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="102"/>
        <source>&amp;Source:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="103"/>
        <source>De&amp;tail:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="104"/>
        <source>Clock:</source>
        <translation>Klokke:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="106"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="32"/>
        <source>Selected incident</source>
        <translation>Valgt hendelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="49"/>
        <source>Select an incident in the list to see it here.</source>
        <translation>Velg en hendelse i listen for å se den her.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="64"/>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="66"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="67"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="68"/>
        <source>Behaviour</source>
        <translation>Atferd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="69"/>
        <source>Demand</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="79"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="79"/>
        <source>Words said</source>
        <translation>Det som ble sagt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="79"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="64"/>
        <source>Exact &amp;words</source>
        <translation>&amp;Nøyaktige ord</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="65"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="66"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="67"/>
        <source>&amp;Statements</source>
        <translation>&amp;Forklaringer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="68"/>
        <source>A&amp;ctions</source>
        <translation>T&amp;iltak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="69"/>
        <source>C&amp;osts</source>
        <translation>&amp;Kostnader</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="74"/>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="116"/>
        <source>The logbook is locked. What you typed is kept and comes back when the logbook is unlocked; nothing has been saved or lost.</source>
        <translation>Loggboken er låst. Det du skrev, er tatt vare på og kommer tilbake når loggboken låses opp; ingenting er lagret eller gått tapt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="126"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="128"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="130"/>
        <source>Save and close</source>
        <translation>Lagre og lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="133"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="353"/>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="354"/>
        <source>This incident has changes that are not saved yet. Save them?</source>
        <translation>Denne hendelsen har endringer som ikke er lagret. Vil du lagre dem?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="372"/>
        <source>New incident</source>
        <translation>Ny hendelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="373"/>
        <source>%1 — Incident[*]</source>
        <translation>%1 — Hendelse[*]</translation>
    </message>
</context>
<context>
    <name>IncidentFields</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="18"/>
        <source>Occurred</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="19"/>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="20"/>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="21"/>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="22"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="24"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="25"/>
        <source>Demand</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="26"/>
        <source>Behaviours</source>
        <translation>Atferd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="27"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="28"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="29"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="30"/>
        <source>Speaker</source>
        <translation>Hvem sa det</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="31"/>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="72"/>
        <source>Exact words</source>
        <translation>Nøyaktige ord</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="32"/>
        <source>Said at</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="33"/>
        <source>Times</source>
        <translation>Ganger</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="34"/>
        <source>Answer given</source>
        <translation>Svaret som ble gitt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="35"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="36"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="37"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="38"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="39"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="40"/>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="293"/>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="41"/>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="295"/>
        <source>Outside person</source>
        <translation>Person utenfra</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="42"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="43"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="44"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="45"/>
        <source>Employment</source>
        <translation>Ansettelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="46"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="47"/>
        <source>Label</source>
        <translation>Kallenavn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="48"/>
        <source>Witness</source>
        <translation>Vitne</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="49"/>
        <source>Relation</source>
        <translation>Forhold</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="50"/>
        <source>Given at</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="51"/>
        <source>Taken by</source>
        <translation>Tatt opp av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="52"/>
        <source>Statement</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="53"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="54"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="55"/>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="56"/>
        <source>Amount (yen)</source>
        <translation>Beløp (yen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="57"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="58"/>
        <source>Staff care</source>
        <translation>Oppfølging av ansatte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="59"/>
        <source>Prevention</source>
        <translation>Forebygging</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="60"/>
        <source>Training case</source>
        <translation>Brukes i opplæring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="61"/>
        <source>Day the shop learned who the offender is</source>
        <translation>Dagen butikken fikk vite hvem gjerningspersonen er</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="64"/>
        <source>Day the staff member harmed learned who the offender is</source>
        <translation>Dagen den rammede ansatte fikk vite hvem gjerningspersonen er</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="73"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="74"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="75"/>
        <source>Statements</source>
        <translation>Forklaringer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="76"/>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="77"/>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="112"/>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="306"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="313"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>IncidentListEmpty</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="90"/>
        <source>No incident matches the search and filters.</source>
        <translation>Ingen hendelser passer til søket og filtrene.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="90"/>
        <source>Clear filters</source>
        <translation>Nullstill filtre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="95"/>
        <source>No incidents recorded yet. When something happens, record it while it is fresh: what was said, when, who was there.</source>
        <translation>Ingen hendelser er registrert ennå. Når noe skjer, registrer det mens det er friskt: hva som ble sagt, når, hvem som var der.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="98"/>
        <source>Record an incident now</source>
        <translation>Registrer en hendelse nå</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="176"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="177"/>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="178"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="179"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="180"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="181"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="182"/>
        <source>Behaviour</source>
        <translation>Atferd</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="58"/>
        <source>3. Judge the complaint</source>
        <translation>3. Vurder klagen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="61"/>
        <source>Not every complaint is harassment. A justified complaint gets an apology and a fix; harassment is an unacceptable manner, whatever the claim.</source>
        <translation>Ikke alle klager er trakassering. En berettiget klage får en unnskyldning og en løsning; trakassering er en uakseptabel fremgangsmåte, uansett hva kravet gjelder.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="66"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="67"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="68"/>
        <source>Unclear</source>
        <translation>Uklart</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="70"/>
        <source>Is there a defect or a fault of the shop?</source>
        <translation>Er det en feil ved varen, eller har butikken skyld?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="71"/>
        <source>Is the demand about the shop&apos;s goods or services?</source>
        <translation>Gjelder kravet butikkens varer eller tjenester?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="77"/>
        <source>1. Is the claim justified?</source>
        <translation>1. Er kravet berettiget?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="85"/>
        <source>2. Is the manner acceptable? Tick what applies</source>
        <translation>2. Er fremgangsmåten akseptabel? Kryss av for det som passer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="91"/>
        <source>Prolonged (tying staff up for a long time)</source>
        <translation>Langvarig (holder de ansatte opptatt lenge)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="92"/>
        <source>Violent or threatening</source>
        <translation>Voldelig eller truende</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="93"/>
        <source>Persistent, repeated</source>
        <translation>Vedvarende, gjentatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="94"/>
        <source>Discriminatory</source>
        <translation>Diskriminerende</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="95"/>
        <source>Sexual</source>
        <translation>Seksuell</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="106"/>
        <source>The shop&apos;s own criteria that were met</source>
        <translation>Butikkens egne kriterier som er oppfylt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="108"/>
        <source>The shop&apos;s own criteria that were met, one per line</source>
        <translation>Butikkens egne kriterier som er oppfylt, ett per linje</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="119"/>
        <source>Who judged</source>
        <translation>Hvem vurderte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="121"/>
        <source>This is our judgement</source>
        <translation>Dette er vår vurdering</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="125"/>
        <source>Judged by</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="128"/>
        <source>Notes on the judgement</source>
        <translation>Merknader til vurderingen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="130"/>
        <source>&amp;Judged by</source>
        <translation>Vurdert &amp;av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="131"/>
        <source>N&amp;otes</source>
        <translation>&amp;Merknader</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="137"/>
        <source>Verdict</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="146"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="149"/>
        <source>Next steps</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="212"/>
        <source>Ticked from what was recorded in step 1. Check each one and untick what does not apply:</source>
        <translation>Krysset av ut fra det som ble registrert i trinn 1. Kontroller hvert punkt og fjern krysset for det som ikke stemmer:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="260"/>
        <source>Some answers contradict each other or the record. The draft is still saved as it is; check these before acting on the verdict:</source>
        <translation>Noen svar motsier hverandre eller det som er registrert. Utkastet lagres likevel slik det er; sjekk disse punktene før du handler ut fra konklusjonen:</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="98"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="72"/>
        <source>Welcome to Kasuhara Desktop</source>
        <translation>Velkommen til Kasuhara Desktop</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="73"/>
        <source>A private logbook of customer harassment, kept on this PC.</source>
        <translation>En privat loggbok over trakassering fra kunder, lagret på denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="76"/>
        <source>This short setup creates the shop&apos;s logbook. Everything stays encrypted on this computer. First, choose the language.</source>
        <translation>Dette korte oppsettet lager butikkens loggbok. Alt lagres kryptert på denne datamaskinen. Velg først språk.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="83"/>
        <source>A logbook already exists in %1. You can open it instead of making a new one.</source>
        <translation>Det finnes allerede en loggbok i %1. Du kan åpne den i stedet for å lage en ny.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="88"/>
        <source>Open &amp;this logbook…</source>
        <translation>Åpne &amp;denne loggboken …</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/list_tabs.py" line="179"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/list_tabs.py" line="183"/>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="56"/>
        <source>Ne&amp;w incident…</source>
        <translation>&amp;Ny hendelse …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="60"/>
        <source>&amp;Open incident</source>
        <translation>Å&amp;pne hendelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="71"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="75"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Nullstill filtre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="78"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="83"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="92"/>
        <source>&amp;How to use Kasuhara Desktop</source>
        <translation>&amp;Slik bruker du Kasuhara Desktop</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="98"/>
        <source>&amp;About Kasuhara Desktop</source>
        <translation>&amp;Om Kasuhara Desktop</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="120"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="124"/>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/incident_browser.py" line="85"/>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/incident_browser.py" line="60"/>
        <source>Incident</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/incident_browser.py" line="63"/>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/lock_screen.py" line="37"/>
        <source>The logbook is locked</source>
        <translation>Loggboken er låst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="192"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hendelse</numerusform>
            <numerusform>%n hendelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="75"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="49"/>
        <source>Logbook: %1</source>
        <translation>Loggbok: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="52"/>
        <source>User: %1</source>
        <translation>Bruker: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="54"/>
        <source>User: %1 (%2)</source>
        <translation>Bruker: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="61"/>
        <source>Logbook: %1 (read-only)</source>
        <translation>Loggbok: %1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="64"/>
        <source>This logbook is open read-only (a write-protected or full drive): nothing can be saved. Copy it to the PC with “kasuhara restore”, or free space on the drive.</source>
        <translation>Denne loggboken er åpnet skrivebeskyttet (en skrivebeskyttet eller full stasjon): ingenting kan lagres. Kopier den til PC-en med «kasuhara restore», eller frigjør plass på stasjonen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="362"/>
        <source>Kasuhara Desktop</source>
        <translation>Kasuhara Desktop</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="395"/>
        <source>About Kasuhara Desktop</source>
        <translation>Om Kasuhara Desktop</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="398"/>
        <source>Kasuhara Desktop: an offline, encrypted logbook of customer harassment. Nothing leaves this computer.</source>
        <translation>Kasuhara Desktop: en kryptert loggbok over trakassering fra kunder, uten nett. Ingenting forlater denne datamaskinen.</translation>
    </message>
</context>
<context>
    <name>MediaPlayerDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="94"/>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="95"/>
        <source>Evidence recording</source>
        <translation>Opptak som bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="119"/>
        <source>Play or pause</source>
        <translation>Spill av eller pause</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="124"/>
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="128"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="131"/>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="163"/>
        <source>%1 — evidence</source>
        <translation>%1 — bevis</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="196"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="205"/>
        <source>Audio recording</source>
        <translation>Lydopptak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="260"/>
        <source>No sound output was found on this computer (no speakers or headphones, or sound is turned off): the recording plays without sound. Connect speakers or headphones; they are used as soon as the computer finds them.</source>
        <translation>Fant ingen lydutgang på denne datamaskinen (ingen høyttalere eller hodetelefoner, eller lyden er slått av): opptaket spilles uten lyd. Koble til høyttalere eller hodetelefoner; de brukes så snart datamaskinen finner dem.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="273"/>
        <source>The recording could not be read: %1</source>
        <translation>Opptaket kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="283"/>
        <source>This recording cannot be played here (%1). Export it and open it in another player.</source>
        <translation>Dette opptaket kan ikke spilles av her (%1). Eksporter det og åpne det i en annen spiller.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/next_steps.py" line="48"/>
        <source>Law: %1 (in force %2). Source: %3, checked %4.</source>
        <translation>Lov: %1 (i kraft %2). Kilde: %3, kontrollert %4.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/next_steps.py" line="59"/>
        <source>Not verified against e-Gov: confirm before relying on it.</source>
        <translation>Ikke kontrollert mot e-Gov: bekreft før du bygger på det.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="56"/>
        <source>No-entry notice for %1</source>
        <translation>Varsel om adgangsforbud for %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="88"/>
        <source>Save 内容証明 &amp;text…</source>
        <translation>Lagre 内容証明-&amp;tekst…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="93"/>
        <source>&amp;Issue notice…</source>
        <translation>Ut&amp;sted varsel …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="96"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="136"/>
        <source>Before any ban: %1. Answer the question in the guide&apos;s judge step, or give an override reason below (it is recorded).</source>
        <translation>Før et eventuelt forbud: %1. Svar på spørsmålet i veiviserens vurderingstrinn, eller oppgi en begrunnelse for unntak nedenfor (den registreres).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="147"/>
        <source>This incident has no confirmed harassment verdict (%1). Bans must not be arbitrary: judge the incident first, or give an override reason below (it is recorded).</source>
        <translation>Denne hendelsen har ingen bekreftet konklusjon om trakassering (%1). Forbud må ikke være vilkårlige: vurder hendelsen først, eller oppgi en grunn til unntak nedenfor (den registreres).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="157"/>
        <source>This shop&apos;s trade is bound by statute to serve customers (inns, public baths, clinics): check that law, or ask a lawyer, before refusing anyone.</source>
        <translation>Denne butikkens bransje har lovpålagt plikt til å ta imot kunder (overnattingssteder, offentlige bad, legekontorer): sjekk loven, eller spør en advokat, før du avviser noen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="197"/>
        <source>revoked</source>
        <translation>opphevet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="200"/>
        <source>Replace the earlier notice?</source>
        <translation>Erstatte det tidligere varselet?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="203"/>
        <source>Notice %1 already bans this person (%2 to %3). Two bans for one person cannot run at once. Replace it? It is ended the day before this notice starts (or revoked), with this notice&apos;s number as the reason.</source>
        <translation>Varsel %1 forbyr allerede denne personen adgang (%2 til %3). To forbud for samme person kan ikke gjelde samtidig. Erstatte det? Det avsluttes dagen før dette varselet begynner (eller oppheves), med dette varselets nummer som begrunnelse.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="236"/>
        <source>Duty to serve</source>
        <translation>Plikt til å ta imot kunder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="238"/>
        <source>Inns, public baths and clinics may refuse customers only where their own law allows it. Have you checked that this refusal is allowed?</source>
        <translation>Overnattingssteder, offentlige bad og legekontorer kan bare avvise kunder når loven deres tillater det. Har du sjekket at denne avvisningen er tillatt?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="248"/>
        <source>Issue the notice?</source>
        <translation>Utstede varselet?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="250"/>
        <source>The notice gets its number and is stored with its PDF. It cannot be edited afterwards, only shortened or revoked with a reason. Issue it now?</source>
        <translation>Varselet får nummer og lagres med PDF-en. Det kan ikke endres etterpå, bare forkortes eller oppheves med en begrunnelse. Utstede det nå?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="285"/>
        <source>Issued as %1. Print it or save it, then record how it was served in the ban register.</source>
        <translation>Utstedt som %1. Skriv det ut eller lagre det, og registrer så i forbudsregisteret hvordan det ble forkynt.</translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="59"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="60"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="61"/>
        <source>Description</source>
        <translation>Kjennetegn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="63"/>
        <source>If the name is not known: age, clothes, glasses, when they come…</source>
        <translation>Hvis navnet ikke er kjent: alder, klær, briller, når personen pleier å komme …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="65"/>
        <source>Phone (for the lookup)</source>
        <translation>Telefon (for oppslag)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="68"/>
        <source>Photo</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="70"/>
        <source>To (the person)</source>
        <translation>Til (personen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="72"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="73"/>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="148"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="74"/>
        <source>Description:</source>
        <translation>Kjennetegn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="75"/>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="149"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="76"/>
        <source>Photo:</source>
        <translation>Bilde:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="78"/>
        <source>Date of the notice</source>
        <translation>Dato for varselet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="79"/>
        <source>Banned from</source>
        <translation>Forbudt fra</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="80"/>
        <source>Banned until (last day)</source>
        <translation>Forbudt til (siste dag)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="81"/>
        <source>No end date (until revoked)</source>
        <translation>Ingen sluttdato (til det oppheves)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="86"/>
        <source>Premises</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="87"/>
        <source>One shop per line; empty: this shop</source>
        <translation>Én butikk per linje; tomt: denne butikken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="91"/>
        <source>The ban</source>
        <translation>Forbudet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="93"/>
        <source>Notice dated:</source>
        <translation>Varsel datert:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="94"/>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="95"/>
        <source>Until:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="96"/>
        <source>Premises:</source>
        <translation>Lokaler:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="98"/>
        <source>Reason: the facts</source>
        <translation>Begrunnelse: faktaene</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="99"/>
        <source>Where to object</source>
        <translation>Hvor innsigelser sendes</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="100"/>
        <source>Override reason</source>
        <translation>Grunn til unntak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="102"/>
        <source>Why a notice is issued without a harassment verdict (recorded)</source>
        <translation>Hvorfor varselet utstedes uten en konklusjon om trakassering (registreres)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="106"/>
        <source>Written to the person: what they did, with their words and the times, in neutral language. The internal summary is not printed. Check it against the preview and edit it if needed.</source>
        <translation>Skrevet til personen: hva de gjorde, med deres ord og klokkeslett, i nøytralt språk. Det interne sammendraget skrives ikke ut. Kontroller det mot forhåndsvisningen og rett det om nødvendig.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="113"/>
        <source>Name the staff who dealt with the person</source>
        <translation>Nevn de ansatte som tok seg av personen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="115"/>
        <source>&amp;Compose from the record</source>
        <translation>Sett sammen &amp;fra registreringen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="123"/>
        <source>Reason and objections</source>
        <translation>Begrunnelse og innsigelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="126"/>
        <source>Facts:</source>
        <translation>Fakta:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="128"/>
        <source>Objections to:</source>
        <translation>Innsigelser til:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="129"/>
        <source>Override reason:</source>
        <translation>Grunn til unntak:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="132"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="133"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="134"/>
        <source>Representative</source>
        <translation>Daglig leder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="135"/>
        <source>Shop address</source>
        <translation>Butikkens adresse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="136"/>
        <source>Shop phone</source>
        <translation>Butikkens telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="139"/>
        <source>Language version</source>
        <translation>Språkversjon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="143"/>
        <source>Issued by</source>
        <translation>Utstedt av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="145"/>
        <source>Shop:</source>
        <translation>Butikk:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="146"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="147"/>
        <source>Representative:</source>
        <translation>Daglig leder:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="153"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="211"/>
        <source>No photo</source>
        <translation>Ikke noe bilde</translation>
    </message>
</context>
<context>
    <name>NoticePdfDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="228"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="65"/>
        <source>No end</source>
        <translation>Ingen slutt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="70"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="70"/>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Served</source>
        <translation>Forkynt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Breaches</source>
        <translation>Brudd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="105"/>
        <source>Incident</source>
        <translation>Hendelse</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="59"/>
        <source>6. Possible offences</source>
        <translation>6. Mulige lovbrudd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="60"/>
        <source>Points to discuss with a lawyer or the police.</source>
        <translation>Punkter å drøfte med en advokat eller politiet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="76"/>
        <source>Day the shop learned who the offender is</source>
        <translation>Dagen butikken fikk vite hvem gjerningspersonen er</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="78"/>
        <source>Day the shop (the company) got to &amp;know who the offender is</source>
        <translation>Dagen butikken (selskapet) fikk &amp;vite hvem gjerningspersonen er</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="82"/>
        <source>Day the staff member harmed learned who the offender is</source>
        <translation>Dagen den rammede ansatte fikk vite hvem gjerningspersonen er</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="87"/>
        <source>Day the staff member harmed got to know who the offender is (the &amp;earliest, if several)</source>
        <translation>Dagen den rammede ansatte fikk vite hvem gjerningspersonen er (den tidligste, om fle&amp;re)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="95"/>
        <source>Questions the record leaves open</source>
        <translation>Spørsmål registreringene ikke besvarer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="160"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="160"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="161"/>
        <source>Not known</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="215"/>
        <source>No article matches the facts recorded so far.</source>
        <translation>Ingen bestemmelse passer til faktaene som er registrert så langt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="222"/>
        <source>Art. %1 %2</source>
        <translation>Art. %1 %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="224"/>
        <source>(data not yet verified)</source>
        <translation>(data ikke kontrollert ennå)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="305"/>
        <source>%1. Enter that day above.</source>
        <translation>%1. Fyll inn den dagen ovenfor.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="240"/>
        <source>Still open</source>
        <translation>Fortsatt åpent</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="244"/>
        <source>Penalty: %1</source>
        <translation>Strafferamme: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="291"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>OnSitePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="69"/>
        <source>4. On-site response</source>
        <translation>4. Håndtering på stedet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="72"/>
        <source>Press a button the moment you say it: the time is recorded. Ask to stop and order to leave 2-3 times each before the final warning.</source>
        <translation>Trykk på knappen i det øyeblikket du sier det: tidspunktet registreres. Be kunden slutte og pålegg kunden å gå 2–3 ganger hver før siste advarsel.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="82"/>
        <source>Logged by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="85"/>
        <source>Supervisor who decided to end it</source>
        <translation>Leder som bestemte å avslutte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="91"/>
        <source>① Told: the conversation is ending</source>
        <translation>① Sagt at samtalen avsluttes</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="92"/>
        <source>② Asked to stop</source>
        <translation>② Bedt om å slutte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="93"/>
        <source>③ Ordered to leave</source>
        <translation>③ Pålagt å gå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="94"/>
        <source>④ Final warning</source>
        <translation>④ Siste advarsel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="95"/>
        <source>⑤ Called the police</source>
        <translation>⑤ Ringte politiet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="96"/>
        <source>Police arrived</source>
        <translation>Politiet kom</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="97"/>
        <source>Recordings handed over</source>
        <translation>Opptak overlevert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="98"/>
        <source>Customer left</source>
        <translation>Kunden gikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="110"/>
        <source>Police</source>
        <translation>Politi</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="116"/>
        <source>110 (emergency)</source>
        <translation>110 (nødnummer)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="117"/>
        <source>#9110 (advice)</source>
        <translation>#9110 (rådgivning)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="119"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="133"/>
        <source>Number called</source>
        <translation>Nummer som ble ringt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="126"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="134"/>
        <source>Police s&amp;tation</source>
        <translation>P&amp;olitistasjon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="127"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="135"/>
        <source>&amp;Officers</source>
        <translation>&amp;Politifolk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="128"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="136"/>
        <source>&amp;Case number</source>
        <translation>&amp;Saksnummer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="146"/>
        <source>Logged</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="149"/>
        <source>Logged steps with their times</source>
        <translation>Registrerte steg med tidspunkt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="153"/>
        <source>&amp;Undo last click</source>
        <translation>&amp;Angre siste klikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="186"/>
        <source>Decided with %1</source>
        <translation>Bestemt sammen med %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="191"/>
        <source>Station: %1</source>
        <translation>Stasjon: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="192"/>
        <source>Officers: %1</source>
        <translation>Politifolk: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="193"/>
        <source>Case number: %1</source>
        <translation>Saksnummer: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="199"/>
        <source>Handed to %1</source>
        <translation>Overlevert til %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="255"/>
        <source>Next: %1 again (%2 of at least %3 so far)</source>
        <translation>Neste: %1 igjen (%2 av minst %3 så langt)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="286"/>
        <source>Stop requests: %1</source>
        <translation>Bedt om å slutte: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="287"/>
        <source>Orders to leave: %1</source>
        <translation>Pålagt å gå: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="288"/>
        <source>Final warnings: %1</source>
        <translation>Siste advarsler: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="289"/>
        <source>Police calls: %1</source>
        <translation>Anrop til politiet: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="260"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="86"/>
        <source>&amp;Logged by</source>
        <translation>&amp;Registrert av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="87"/>
        <source>Su&amp;pervisor who decided to end it</source>
        <translation>&amp;Leder som bestemte å avslutte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="262"/>
        <source>Every step of the flow is logged.</source>
        <translation>Alle stegene er registrert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="264"/>
        <source>%n stop request(s)</source>
        <translation>
            <numerusform>%n oppfordring om å slutte</numerusform>
            <numerusform>%n oppfordringer om å slutte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="265"/>
        <source>%n order(s) to leave</source>
        <translation>
            <numerusform>%n pålegg om å gå</numerusform>
            <numerusform>%n pålegg om å gå</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="268"/>
        <source>The customer left after %1 and %2. Nothing more to press; add what else happened, if anything, in the timeline.</source>
        <translation>Kunden gikk etter %1 og %2. Ikke mer å trykke på; legg eventuelt til det som ellers skjedde i tidslinjen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="312"/>
        <source>Write the supervisor&apos;s name: ending the conversation is decided with a supervisor.</source>
        <translation>Skriv navnet på lederen: det er en leder som bestemmer å avslutte samtalen.</translation>
    </message>
</context>
<context>
    <name>OverlayTimeDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="84"/>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="85"/>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="114"/>
        <source>Time shown on the picture</source>
        <translation>Tid som vises på bildet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="93"/>
        <source>Enter the date and time exactly as the camera&apos;s clock shows it on the picture. The report prints it as shown and, when the camera clock&apos;s offset is recorded, corrected by it. The PC file&apos;s time and the import time are never corrected.</source>
        <translation>Skriv inn dato og klokkeslett nøyaktig slik kameraets klokke viser dem på bildet. Rapporten viser tiden slik den vises og, når kameraklokkens avvik er registrert, korrigert for det. Filens tid på PC-en og importtiden korrigeres aldri.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="109"/>
        <source>Camera clock</source>
        <translation>Kameraklokke</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="120"/>
        <source>&amp;Time shown:</source>
        <translation>&amp;Vist tid:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="121"/>
        <source>&amp;No time read off the picture (clear it)</source>
        <translation>&amp;Ingen tid lest av bildet (fjern den)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="166"/>
        <source>Saved the time on the picture of %1.</source>
        <translation>Lagret tiden på bildet for %1.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="97"/>
        <source>Owner and passphrase</source>
        <translation>Eier og passfrase</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="100"/>
        <source>The passphrase unlocks the logbook. Nobody can recover it for you: the recovery sheet on the next page is the only other way in.</source>
        <translation>Passfrasen låser opp loggboken. Ingen kan finne den igjen for deg: gjenopprettingsarket på neste side er den eneste andre veien inn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="105"/>
        <source>&amp;Owner&apos;s name:</source>
        <translation>&amp;Eierens navn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="106"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="107"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gjenta den:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="108"/>
        <source>Keep the logbook &amp;in:</source>
        <translation>Lagre loggboken &amp;i:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="113"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="114"/>
        <source>Open &amp;this logbook…</source>
        <translation>Åpne &amp;denne loggboken …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="136"/>
        <source>This folder already holds a logbook. Open it, or choose another folder for a new one.</source>
        <translation>Denne mappen har allerede en loggbok. Åpne den, eller velg en annen mappe til en ny.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="141"/>
        <source>This folder already holds other files, and no logbook. Choose an empty folder, or a name for a new one.</source>
        <translation>Denne mappen har andre filer og ingen loggbok. Velg en tom mappe, eller et navn på en ny.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="145"/>
        <source>This is not a folder that can be used. Choose another one.</source>
        <translation>Denne mappen kan ikke brukes. Velg en annen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="162"/>
        <source>Type the owner&apos;s name.</source>
        <translation>Skriv eierens navn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="164"/>
        <source>Choose a stronger passphrase: at least 8 characters, a few words.</source>
        <translation>Velg en sterkere passfrase: minst 8 tegn, gjerne noen ord.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="167"/>
        <source>The two passphrases are not the same.</source>
        <translation>De to passfrasene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="169"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Skriv passfrasen en gang til for å bekrefte den.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="197"/>
        <source>Choose a folder for the logbook</source>
        <translation>Velg en mappe til loggboken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="130"/>
        <source>Choose where to keep the logbook.</source>
        <translation>Velg hvor loggboken skal lagres.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="60"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="66"/>
        <source>Known outside persons</source>
        <translation>Kjente personer utenfra</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="68"/>
        <source>Known person</source>
        <translation>Kjent person</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="77"/>
        <source>Staff members</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="79"/>
        <source>Staff list</source>
        <translation>Ansattliste</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="116"/>
        <source>New staff member (type below)</source>
        <translation>Ny ansatt (skriv under)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="121"/>
        <source>New person (type below)</source>
        <translation>Ny person (skriv under)</translation>
    </message>
</context>
<context>
    <name>PdfPanel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="116"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="120"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="122"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lagre PDF …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="183"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sendte %n side til skriveren.</numerusform>
            <numerusform>Sendte %n sider til skriveren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="192"/>
        <source>Save the notice as PDF</source>
        <translation>Lagre varselet som PDF</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="211"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="213"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="120"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/pdf_preview.py" line="49"/>
        <source>Document preview</source>
        <translation>Forhåndsvisning av dokument</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/pdf_preview.py" line="57"/>
        <source>The preview is not available here. Save the PDF and open it to check it.</source>
        <translation>Forhåndsvisning er ikke tilgjengelig her. Lagre PDF-en og åpne den for å sjekke den.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="74"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="75"/>
        <source>Notice board</source>
        <translation>Oppslagstavle</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="76"/>
        <source>Handout</source>
        <translation>Utdelt ark</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="77"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="78"/>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="47"/>
        <source>Basic policy</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="63"/>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="68"/>
        <source>Start from the &amp;template</source>
        <translation>Start fra &amp;malen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="73"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="76"/>
        <source>Policy text</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="80"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Lagre utkast</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="81"/>
        <source>&amp;Adopt…</source>
        <translation>&amp;Vedta…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="83"/>
        <source>Record &quot;staff &amp;told&quot;…</source>
        <translation>Registrer at de ansatte er in&amp;formert…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="85"/>
        <source>Ac&amp;knowledged…</source>
        <translation>&amp;Bekreftet…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="87"/>
        <source>Print staff &amp;document…</source>
        <translation>Skriv ut &amp;dokument for ansatte…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="90"/>
        <source>Poster A&amp;4…</source>
        <translation>Plakat A&amp;4…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="93"/>
        <source>Poster A&amp;3…</source>
        <translation>Plakat A&amp;3…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="117"/>
        <source>Versions:</source>
        <translation>Versjoner:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="123"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="152"/>
        <source>No policy adopted yet: write it from the template and adopt it.</source>
        <translation>Ingen retningslinjer er vedtatt ennå: skriv dem ut fra malen og vedta dem.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="153"/>
        <source>Version %1 adopted on %2.</source>
        <translation>Versjon %1 vedtatt %2.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="156"/>
        <source>Staff have not been told yet.</source>
        <translation>De ansatte er ikke informert ennå.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="158"/>
        <source>Staff last told on %1.</source>
        <translation>De ansatte sist informert %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="161"/>
        <source>Not yet acknowledged by %n on the roster.</source>
        <translation>
            <numerusform>Ikke bekreftet ennå av %n på listen.</numerusform>
            <numerusform>Ikke bekreftet ennå av %n på listen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="166"/>
        <source>v%1 · %2 · adopted %3</source>
        <translation>v%1 · %2 · vedtatt %3</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="168"/>
        <source>v%1 · %2 · draft</source>
        <translation>v%1 · %2 · utkast</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="248"/>
        <source>Saved as version %1.</source>
        <translation>Lagret som versjon %1.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="255"/>
        <source>Adopt version %1 as the shop&apos;s policy.</source>
        <translation>Vedta versjon %1 som butikkens retningslinjer.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="257"/>
        <source>The text is saved as a new version and adopted.</source>
        <translation>Teksten lagres som en ny versjon og vedtas.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="272"/>
        <source>Version %1 adopted.</source>
        <translation>Versjon %1 er vedtatt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="288"/>
        <source>Recorded: staff told on %1.</source>
        <translation>Registrert: de ansatte informert %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="306"/>
        <source>Acknowledgements recorded: %n.</source>
        <translation>
            <numerusform>Registrert %n bekreftelse.</numerusform>
            <numerusform>Registrert %n bekreftelser.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="317"/>
        <source>policy_v%1.pdf</source>
        <translation>retningslinjer_v%1.pdf</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="318"/>
        <source>Save the staff document</source>
        <translation>Lagre dokumentet for ansatte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="323"/>
        <source>Save the poster (%1)</source>
        <translation>Lagre plakaten (%1)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="338"/>
        <source>Making the PDF…</source>
        <translation>Lager PDF-en…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="351"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="353"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="66"/>
        <source>Handling procedures</source>
        <translation>Håndteringsrutiner</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="80"/>
        <source>Texts in:</source>
        <translation>Tekster på:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="89"/>
        <source>In person</source>
        <translation>Ansikt til ansikt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="90"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="91"/>
        <source>Online / SNS</source>
        <translation>Nett / sosiale medier</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="92"/>
        <source>Written demands</source>
        <translation>Skriftlige krav</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="98"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="99"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="103"/>
        <source>What changed (kept with the version)</source>
        <translation>Hva som er endret (lagres med versjonen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="110"/>
        <source>&amp;Print manual…</source>
        <translation>Skriv &amp;ut håndbok…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="112"/>
        <source>The manual shows the saved version.</source>
        <translation>Håndboken viser den lagrede versjonen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="114"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="142"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="145"/>
        <source>What to say when the limit is reached</source>
        <translation>Hva vi sier når grensen er nådd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="151"/>
        <source>Staff who handle a complaint together (at least):</source>
        <translation>Ansatte som håndterer en klage sammen (minst):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="152"/>
        <source>Phone time limit:</source>
        <translation>Tidsgrense for telefon:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="153"/>
        <source>When the limit is reached, say (%1 = minutes):</source>
        <translation>Når grensen er nådd, si (%1 = minutter):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="154"/>
        <source>When and for what we apologise:</source>
        <translation>Når og for hva vi ber om unnskyldning:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="155"/>
        <source>Recording policy (announced to callers):</source>
        <translation>Retningslinjer for opptak (sies til innringeren):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="170"/>
        <source>A call longer than the phone limit counts</source>
        <translation>En samtale over telefongrensen teller</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="177"/>
        <source>Ticked behaviours are always an unacceptable manner in this shop. When one is recorded on an incident, judging suggests it with its source; the person judging confirms it or not.</source>
        <translation>Avkryssede handlinger er alltid en uakseptabel opptreden i denne butikken. Når en av dem er registrert på en hendelse, foreslås den med kilde under vurderingen; den som vurderer bekrefter eller lar være.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="186"/>
        <source>Always unacceptable:</source>
        <translation>Alltid uakseptabelt:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="188"/>
        <source>Our own examples (one per line):</source>
        <translation>Våre egne eksempler (ett per linje):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="251"/>
        <source>Version %1, saved %2 by %3; criteria version %4</source>
        <translation>Versjon %1, lagret %2 av %3; kriterier versjon %4</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="255"/>
        <source>The shipped defaults: not yet adopted by the shop</source>
        <translation>Standardoppsettet: ennå ikke vedtatt av butikken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="288"/>
        <source>Saved as a new version.</source>
        <translation>Lagret som en ny versjon.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="290"/>
        <source>Nothing changed: no new version.</source>
        <translation>Ingenting er endret: ingen ny versjon.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="294"/>
        <source>manual</source>
        <translation>handbok</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="296"/>
        <source>Save the manual</source>
        <translation>Lagre håndboken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="296"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="312"/>
        <source>Writing the manual…</source>
        <translation>Lager håndboken…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="320"/>
        <source>The manual was saved: %1</source>
        <translation>Håndboken er lagret: %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="77"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="78"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="79"/>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="80"/>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="81"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="82"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="83"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="84"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="85"/>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="86"/>
        <source>Find Directory</source>
        <translation>Velg mappe</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="87"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="88"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="89"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="90"/>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="91"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="92"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="93"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="94"/>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="95"/>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="96"/>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="97"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="98"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="99"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="100"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="101"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="102"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="103"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="104"/>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="105"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="106"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="107"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="108"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="109"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="110"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="111"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="112"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="75"/>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="76"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="57"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="58"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="59"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="60"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="61"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="62"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="63"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="64"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="65"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="66"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="67"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="68"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="69"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="70"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="71"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="72"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="73"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="74"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="115"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="116"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="117"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="118"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="119"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="215"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="143"/>
        <source>Consultation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="150"/>
        <source>A name, or initials if they wish</source>
        <translation>Et navn, eller initialer om de ønsker</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="163"/>
        <source>K-2026-0001 (if it concerns one)</source>
        <translation>K-2026-0001 (hvis det gjelder en sak)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="168"/>
        <source>By</source>
        <translation>Innen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="180"/>
        <source>&amp;Who consulted</source>
        <translation>&amp;Hvem søkte råd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="181"/>
        <source>W&amp;hen</source>
        <translation>&amp;Når</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="182"/>
        <source>&amp;How</source>
        <translation>Hvo&amp;rdan</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="183"/>
        <source>&amp;Contact person</source>
        <translation>&amp;Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="184"/>
        <source>&amp;Incident</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="185"/>
        <source>&amp;What about</source>
        <translation>&amp;Hva det gjaldt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="186"/>
        <source>What was &amp;done</source>
        <translation>Hva som ble &amp;gjort</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="187"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="192"/>
        <source>Only the owner and the contact person named on a record can see it.</source>
        <translation>Bare eieren og kontaktpersonen som står på en registrering, kan se den.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="199"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="200"/>
        <source>Who consulted</source>
        <translation>Hvem søkte råd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="201"/>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="202"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="203"/>
        <source>Incident</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="204"/>
        <source>What about</source>
        <translation>Hva det gjaldt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="210"/>
        <source>&amp;Save record</source>
        <translation>&amp;Lagre registrering</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="211"/>
        <source>New &amp;record</source>
        <translation>Ny &amp;registrering</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="254"/>
        <source>The consultation was recorded.</source>
        <translation>Samtalen ble registrert.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="257"/>
        <source>The record was updated.</source>
        <translation>Registreringen ble oppdatert.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="67"/>
        <source>Recovery sheet</source>
        <translation>Gjenopprettingsark</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="70"/>
        <source>If the passphrase is ever forgotten, this sheet is the only way back into the logbook. Print it or save it, and keep it somewhere safe, away from this PC.</source>
        <translation>Hvis passfrasen blir glemt, er dette arket den eneste veien tilbake til loggboken. Skriv det ut eller lagre det, og oppbevar det trygt, et annet sted enn denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="74"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="75"/>
        <source>&amp;Save to a USB stick…</source>
        <translation>&amp;Lagre på en minnepenn…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="77"/>
        <source>I have printed or saved the recovery sheet and keep it in a safe place.</source>
        <translation>Jeg har skrevet ut eller lagret gjenopprettingsarket og oppbevarer det trygt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="79"/>
        <source>The recovery sheet is stored safely</source>
        <translation>Gjenopprettingsarket er trygt oppbevart</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="90"/>
        <source>Preparing the recovery sheet…</source>
        <translation>Lager gjenopprettingsarket …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="120"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="127"/>
        <source>recovery-sheet.pdf</source>
        <translation>gjenopprettingsark.pdf</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="129"/>
        <source>Save the recovery sheet</source>
        <translation>Lagre gjenopprettingsarket</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="129"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="153"/>
        <source>Saved to %1, on this computer. The sheet must not stay on a computer: print it or copy it to a USB stick, keep that in a safe place, then delete this file.</source>
        <translation>Lagret i %1, på denne datamaskinen. Arket må ikke bli liggende på en datamaskin: skriv det ut eller kopier det til en minnepenn, oppbevar det et trygt sted, og slett så denne filen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="157"/>
        <source>Saved to %1. Keep the USB stick in a safe place, away from this PC.</source>
        <translation>Lagret i %1. Oppbevar minnepennen et trygt sted, borte fra denne PC-en.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="34"/>
        <source>Time zone and business</source>
        <translation>Tidssone og bransje</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="35"/>
        <source>Times of incidents are recorded in the shop&apos;s time zone.</source>
        <translation>Tidspunkter for hendelser lagres i butikkens tidssone.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="36"/>
        <source>&amp;Time zone:</source>
        <translation>Tids&amp;sone:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="37"/>
        <source>T&amp;ype of business:</source>
        <translation>&amp;Bransje:</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="49"/>
        <source>Change the data key</source>
        <translation>Bytt datanøkkelen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="56"/>
        <source>A new random data key replaces the current one: the logbook is re-encrypted with it and your passphrase stays the same. The recovery key on the recovery sheet of %1 then no longer opens this logbook, and neither do old copies of the key file (vault.json). You save a new recovery sheet now: print it or keep it on a USB stick in a safe place, and destroy the old sheet. Backups made before keep the old key.</source>
        <translation>En ny tilfeldig datanøkkel erstatter den nåværende: loggboken krypteres på nytt med den, og passfrasen din forblir den samme. Gjenopprettingsnøkkelen på gjenopprettingsarket fra %1 åpner da ikke lenger denne loggboken, og det gjør heller ikke gamle kopier av nøkkelfilen (vault.json). Du lagrer et nytt gjenopprettingsark nå: skriv det ut eller ha det på en USB-pinne på et trygt sted, og tilintetgjør det gamle arket. Sikkerhetskopier tatt før beholder den gamle nøkkelen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="69"/>
        <source>Only your own passphrase can be kept. The key slots of these users are removed, and they need a new passphrase afterwards: %1</source>
        <translation>Bare din egen passfrase kan beholdes. Nøkkelplassene til disse brukerne fjernes, og de trenger en ny passfrase etterpå: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="80"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="81"/>
        <source>Your passphrase</source>
        <translation>Passfrasen din</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="86"/>
        <source>Change the data key…</source>
        <translation>Bytt datanøkkelen…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="104"/>
        <source>The logbook was unlocked with the recovery key: set a passphrase and unlock with it first (the new key is kept under your passphrase).</source>
        <translation>Loggboken ble låst opp med gjenopprettingsnøkkelen: angi en passfrase og lås opp med den først (den nye nøkkelen beskyttes av passfrasen din).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="111"/>
        <source>recovery-sheet.pdf</source>
        <translation>gjenopprettingsark.pdf</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="113"/>
        <source>Save the new recovery sheet</source>
        <translation>Lagre det nye gjenopprettingsarket</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="113"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="124"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv inn passfrasen din først.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="141"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="144"/>
        <source>Changing the data key…</source>
        <translation>Bytter datanøkkelen…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="155"/>
        <source>The data key was changed. The new recovery sheet was saved to %1: keep it in a safe place. The old recovery sheet no longer opens this logbook.</source>
        <translation>Datanøkkelen ble byttet. Det nye gjenopprettingsarket ble lagret i %1: oppbevar det på et trygt sted. Det gamle gjenopprettingsarket åpner ikke lenger denne loggboken.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="167"/>
        <source>Wrong passphrase: nothing was changed.</source>
        <translation>Feil passfrase: ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>RenameForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="123"/>
        <source>Rename %1</source>
        <translation>Gi nytt navn til %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="127"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="128"/>
        <source>Display name:</source>
        <translation>Visningsnavn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="132"/>
        <source>Type the display name (it is printed in documents).</source>
        <translation>Skriv inn visningsnavnet (det skrives ut i dokumenter).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="41"/>
        <source>Incident report — %1</source>
        <translation>Hendelsesrapport — %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="50"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lagre PDF …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="91"/>
        <source>Checking the evidence and making the report…</source>
        <translation>Kontrollerer bevisene og lager rapporten …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="113"/>
        <source>%1 pages.</source>
        <translation>Sider: %1.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="117"/>
        <source>Evidence that failed its check (the report says so): %1</source>
        <translation>Bevis som ikke besto kontrollen (det står i rapporten): %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="124"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="139"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="145"/>
        <source>Save the report</source>
        <translation>Lagre rapporten</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="327"/>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="269"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="280"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="67"/>
        <source>Request</source>
        <translation>Anmodning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="73"/>
        <source>We ask another employer</source>
        <translation>Vi ber en annen arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="74"/>
        <source>Another employer asks us</source>
        <translation>En annen arbeidsgiver ber oss</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="84"/>
        <source>K-2026-0001 (if it concerns one)</source>
        <translation>K-2026-0001 (hvis det gjelder en sak)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="85"/>
        <source>D&amp;raft from incident</source>
        <translation>&amp;Utkast fra saken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="91"/>
        <source>Happened on</source>
        <translation>Skjedde den</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="103"/>
        <source>Print the staff names on the letter</source>
        <translation>Skriv de ansattes navn i brevet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="106"/>
        <source>&amp;Direction</source>
        <translation>&amp;Retning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="107"/>
        <source>Sent or received &amp;on</source>
        <translation>Sendt eller mottatt &amp;den</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="108"/>
        <source>Other &amp;employer</source>
        <translation>Den andre &amp;arbeidsgiveren</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="109"/>
        <source>Their contact</source>
        <translation>Deres kontaktperson</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="110"/>
        <source>Their address</source>
        <translation>Deres adresse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="111"/>
        <source>Incident</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="113"/>
        <source>What &amp;happened</source>
        <translation>Hva som &amp;skjedde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="114"/>
        <source>What is &amp;asked</source>
        <translation>Hva det &amp;bes om</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="115"/>
        <source>Res&amp;ponse</source>
        <translation>S&amp;var</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="116"/>
        <source>&amp;Staff concerned</source>
        <translation>Ansatte det &amp;gjelder</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="181"/>
        <source>New passphrase for %1</source>
        <translation>Ny passfrase for %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="184"/>
        <source>Tell the new passphrase to this person only; they can change it later.</source>
        <translation>Fortell den nye passfrasen bare til denne personen; vedkommende kan endre den senere.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="189"/>
        <source>New passphrase:</source>
        <translation>Ny passfrase:</translation>
    </message>
</context>
<context>
    <name>ResponsePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_base.py" line="21"/>
        <source>A manager judges the complaint and the legal points; your record is saved for them.</source>
        <translation>En leder vurderer klagen og de juridiske punktene; registreringen din lagres for dem.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_base.py" line="29"/>
        <source>A manager records the response, chooses the status and decides on a notice; your record is saved as a draft for them.</source>
        <translation>En leder registrerer tiltakene, velger status og avgjør om det skal gis varsel om adgangsforbud; registreringen din lagres som utkast for dem.</translation>
    </message>
</context>
<context>
    <name>ResponseTexts</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="34"/>
        <source>The shop is at fault, yet the demand is said to be unrelated to its goods or services. A fault of the shop makes the claim justified only when the demand is about that fault.</source>
        <translation>Butikken har skyld, men kravet er oppgitt å ikke gjelde varene eller tjenestene. En feil fra butikken gjør kravet berettiget bare når kravet gjelder den feilen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="40"/>
        <source>Recorded as a groundless refund demand, yet the shop is said to be at fault. Either the demand had a basis or the shop was not at fault.</source>
        <translation>Registrert som et grunnløst krav om refusjon, men butikken er oppgitt å ha skyld. Enten hadde kravet grunnlag, eller så hadde ikke butikken skyld.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="45"/>
        <source>Recorded as an unrelated demand, yet the demand is said to concern the goods. Check the behaviours ticked in step 1 against this answer.</source>
        <translation>Registrert som et krav uten sammenheng med kjøpet, men kravet er oppgitt å gjelde varene. Sammenlign atferden som er krysset av i steg 1, med dette svaret.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="50"/>
        <source>“%1” is recorded, but no matching unacceptable manner is ticked. Tick it, or untick the behaviour if it did not happen.</source>
        <translation>«%1» er registrert, men ingen tilsvarende uakseptabel fremgangsmåte er krysset av. Kryss den av, eller fjern krysset for atferden hvis den ikke skjedde.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="55"/>
        <source>Judged before the facts were confirmed. Do not act on unclear facts: confirm them in step 2 first.</source>
        <translation>Vurdert før faktaene var bekreftet. Ikke handle ut fra uklare fakta: bekreft dem først i steg 2.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="65"/>
        <source>The incident already has that status.</source>
        <translation>Hendelsen har allerede den statusen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="66"/>
        <source>Statuses go forward one step at a time.</source>
        <translation>Statusen går framover ett steg om gangen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="67"/>
        <source>Going back to an earlier status needs a reason.</source>
        <translation>Å gå tilbake til en tidligere status krever en grunn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="70"/>
        <source>Record who confirmed the facts (step 2).</source>
        <translation>Registrer hvem som bekreftet faktaene (steg 2).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="73"/>
        <source>The facts must be confirmed before judging (step 2).</source>
        <translation>Faktaene må bekreftes før vurderingen (steg 2).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="76"/>
        <source>The answers do not allow a verdict yet (step 3).</source>
        <translation>Svarene gir ikke grunnlag for en konklusjon ennå (steg 3).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="79"/>
        <source>Record who made the judgement (step 3).</source>
        <translation>Registrer hvem som gjorde vurderingen (steg 3).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="80"/>
        <source>Record at least one action taken (apology, notice, report...).</source>
        <translation>Registrer minst ett tiltak som er gjort (unnskyldning, varsel, anmeldelse ...).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="83"/>
        <source>Follow-ups are still open; finish them or give a reason for closing anyway.</source>
        <translation>Det gjenstår oppfølging; fullfør den, eller oppgi en grunn til å avslutte likevel.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="92"/>
        <source>There is no assessment yet.</source>
        <translation>Det finnes ingen vurdering ennå.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="93"/>
        <source>The facts are not confirmed yet.</source>
        <translation>Faktaene er ikke bekreftet ennå.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="94"/>
        <source>The verdict is not harassment: a ban would be arbitrary.</source>
        <translation>Konklusjonen er at det ikke er trakassering: et forbud ville vært vilkårlig.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="97"/>
        <source>Whether the behaviour could relate to a disability or a request for accommodation is not yet considered (step 3).</source>
        <translation>Om oppførselen kan ha sammenheng med en funksjonsnedsettelse eller en anmodning om tilrettelegging, er ikke vurdert ennå (trinn 3).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="102"/>
        <source>The behaviour could relate to a disability or a request for accommodation: reasonable accommodation, not a ban.</source>
        <translation>Oppførselen kan ha sammenheng med en funksjonsnedsettelse eller en anmodning om tilrettelegging: rimelig tilrettelegging, ikke et forbud.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="107"/>
        <source>This trade is bound by statute to serve (inns, public baths, clinics): check that law with a lawyer before refusing anyone.</source>
        <translation>Denne bransjen har lovpålagt plikt til å ta imot kunder (overnattingssteder, offentlige bad, legekontorer): sjekk loven med en advokat før du avviser noen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="117"/>
        <source>Recorded behaviour: %1</source>
        <translation>Registrert atferd: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="118"/>
        <source>On the timeline: %1</source>
        <translation>På tidslinjen: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="119"/>
        <source>Exact words (%1)</source>
        <translation>Nøyaktige ord (%1)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="120"/>
        <source>In the record (%1)</source>
        <translation>I registreringen (%1)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="121"/>
        <source>Stayed %1 min after the first order to leave</source>
        <translation>Ble værende %1 min etter første pålegg om å gå</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="124"/>
        <source>Ordered to leave; no departure recorded</source>
        <translation>Pålagt å gå; ingen avreise registrert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="127"/>
        <source>Happened online (public)</source>
        <translation>Skjedde på nett (offentlig)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="128"/>
        <source>Injury recorded</source>
        <translation>Skade registrert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="129"/>
        <source>Medical visit</source>
        <translation>Legebesøk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="130"/>
        <source>Staff time spent: %1 min</source>
        <translation>Ansattes tid brukt: %1 min</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="131"/>
        <source>Money paid: ¥%1</source>
        <translation>Penger betalt: %1 yen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="132"/>
        <source>Cost of the damage: ¥%1</source>
        <translation>Kostnad for skaden: %1 yen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="138"/>
        <source>No order to leave with the customer staying on is recorded.</source>
        <translation>Det er ikke registrert noe pålegg om å gå der kunden ble værende.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="141"/>
        <source>No medical visit recorded (a doctor&apos;s note proves an injury or illness).</source>
        <translation>Ingen legebesøk registrert (en legeerklæring dokumenterer skaden eller sykdommen).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="145"/>
        <source>The exact words are not recorded.</source>
        <translation>De nøyaktige ordene er ikke registrert.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="146"/>
        <source>No threat or violence recorded as the means.</source>
        <translation>Ingen trussel eller vold er registrert som middel.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="149"/>
        <source>No false rumour or deception recorded.</source>
        <translation>Ingen falske rykter eller bedrag er registrert.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="152"/>
        <source>Enter the day each person who may complain learned who the offender is: each one&apos;s 6-month complaint period runs from their own day.</source>
        <translation>Fyll inn dagen hver som kan begjære påtale, fikk vite hvem gjerningspersonen er: hver sin frist på seks måneder løper fra sin egen dag.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="157"/>
        <source>The 6-month complaint period has passed for everyone who may complain.</source>
        <translation>Fristen på seks måneder er ute for alle som kan begjære påtale.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="166"/>
        <source>skipped: the verdict says the manner was acceptable</source>
        <translation>hoppet over: konklusjonen er at fremgangsmåten var akseptabel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="169"/>
        <source>skipped: written or online contact</source>
        <translation>hoppet over: skriftlig kontakt eller kontakt på nett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="175"/>
        <source>The timeline is not in time order.</source>
        <translation>Tidslinjen er ikke i tidsrekkefølge.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="176"/>
        <source>An order to leave is logged before any request to stop: the Tokyo manual asks the customer to stop first.</source>
        <translation>Et pålegg om å gå er registrert før noen bønn om å slutte: Tokyo-veiledningen ber kunden slutte først.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="181"/>
        <source>The police arrived before any call to them is logged.</source>
        <translation>Politiet kom før noe anrop til dem er registrert.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="184"/>
        <source>A logged step is earlier than the time the incident began.</source>
        <translation>Et registrert steg er tidligere enn tidspunktet hendelsen begynte.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="187"/>
        <source>A logged step is later than the time the incident ended.</source>
        <translation>Et registrert steg er senere enn tidspunktet hendelsen sluttet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="190"/>
        <source>Some times on the timeline cannot be compared.</source>
        <translation>Noen tidspunkter på tidslinjen kan ikke sammenlignes.</translation>
    </message>
</context>
<context>
    <name>ResponseWizard</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="152"/>
        <source>&amp;Save and close</source>
        <translation>Lagre og l&amp;ukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="120"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="129"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="154"/>
        <source>&amp;Save draft and close</source>
        <translation>Lagre utkast og l&amp;ukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="164"/>
        <source>a manager decides and closes</source>
        <translation>en leder avgjør og avslutter</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="165"/>
        <source>a manager judges this</source>
        <translation>en leder vurderer dette</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="215"/>
        <source>New incident</source>
        <translation>Ny hendelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="216"/>
        <source>%1 — Guided response</source>
        <translation>%1 — Veiledet håndtering</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="256"/>
        <source>Not saved: %1
Nothing you typed was lost: it stays open here. Ask a manager to sign in (File → Switch user…) and save it.</source>
        <translation>Ikke lagret: %1
Ingenting du skrev, gikk tapt: det er fortsatt åpent her. Be en leder logge på (Fil → Bytt bruker …) og lagre det.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="262"/>
        <source>Not saved: %1
Nothing you typed was lost.</source>
        <translation>Ikke lagret: %1
Ingenting du skrev, har gått tapt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="277"/>
        <source>Not saved. %1 (%2)
Nothing you typed was lost: correct it and save.</source>
        <translation>Ikke lagret. %1 (%2)
Ingenting du skrev, har gått tapt: rett det og lagre.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="285"/>
        <source>Not saved: the status cannot be changed to “%1”.
%2
Nothing you typed was lost: fix this, or choose another status in step 7.</source>
        <translation>Ikke lagret: statusen kan ikke endres til «%1».
%2
Ingenting du skrev, har gått tapt: rett dette, eller velg en annen status i steg 7.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="332"/>
        <source>Unsaved response</source>
        <translation>Håndtering som ikke er lagret</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="333"/>
        <source>This response has things that are not saved yet. Save them?</source>
        <translation>Noe i denne håndteringen er ikke lagret ennå. Vil du lagre det?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="431"/>
        <source>%1 is closed, so the guide does not open on it. To change it, open the incident and choose “Reopen…” (you are asked for the reason).</source>
        <translation>%1 er avsluttet, så veiviseren åpnes ikke for den. For å endre den, åpne hendelsen og velg «Gjenåpne …» (du blir bedt om begrunnelsen).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/step_list.py" line="27"/>
        <source>Go back to this step</source>
        <translation>Gå tilbake til dette trinnet</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="81"/>
        <source>Retention</source>
        <translation>Oppbevaring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="88"/>
        <source>Records past the shop&apos;s retention period are listed here to be erased. A record on hold, one a notice still rests on, one with a complaint deadline running or follow-ups not done, and a former member of staff a kept training session names are kept.</source>
        <translation>Oppføringer som har passert butikkens oppbevaringstid, vises her for sletting. En oppføring som holdes tilbake, som et varsel fortsatt bygger på, som har en løpende klagefrist eller oppfølginger som ikke er gjort, og en tidligere ansatt som står i en opplæring som beholdes, beholdes.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="96"/>
        <source>Review</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="97"/>
        <source>Periods</source>
        <translation>Perioder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="101"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Record</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Due since</source>
        <translation>Kan slettes fra</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Counted</source>
        <translation>Regnet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="118"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Kept because</source>
        <translation>Beholdes fordi</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="125"/>
        <source>Tick &amp;all</source>
        <translation>Kryss av &amp;alle</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="128"/>
        <source>&amp;Erase ticked…</source>
        <translation>&amp;Slett avkryssede…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="131"/>
        <source>&amp;Hold…</source>
        <translation>&amp;Hold tilbake…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="134"/>
        <source>&amp;Release hold</source>
        <translation>&amp;Opphev tilbakeholdelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="151"/>
        <source>Kept:</source>
        <translation>Beholdes:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="165"/>
        <source>Due for erasing as of %1: %2</source>
        <translation>Kan slettes per %1: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="182"/>
        <source>Erased with %1</source>
        <translation>Slettes sammen med %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="217"/>
        <source>Tick the records to erase first.</source>
        <translation>Kryss først av oppføringene som skal slettes.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="228"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="234"/>
        <source>Erasing…</source>
        <translation>Sletter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="245"/>
        <source>Erased %n record(s).</source>
        <translation>
            <numerusform>Slettet %n oppføring.</numerusform>
            <numerusform>Slettet %n oppføringer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="247"/>
        <source>%n evidence file(s) erased with them.</source>
        <translation>
            <numerusform>%n bevisfil slettet sammen med dem.</numerusform>
            <numerusform>%n bevisfiler slettet sammen med dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="276"/>
        <source>Hold</source>
        <translation>Hold tilbake</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="276"/>
        <source>Why must %1 be kept?</source>
        <translation>Hvorfor må %1 beholdes?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="284"/>
        <source>Select a record first.</source>
        <translation>Velg en oppføring først.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="295"/>
        <source>%1 is on hold.</source>
        <translation>%1 holdes tilbake.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="301"/>
        <source>Select a held record first.</source>
        <translation>Velg først en oppføring som holdes tilbake.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="309"/>
        <source>%1 is no longer on hold.</source>
        <translation>%1 holdes ikke lenger tilbake.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Kind of record</source>
        <translation>Type oppføring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="319"/>
        <source>&amp;Save periods</source>
        <translation>&amp;Lagre perioder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="324"/>
        <source>The periods are the shop&apos;s choice; 0 keeps a kind of record for ever. A lawyer may advise keeping records longer.</source>
        <translation>Periodene er butikkens valg; 0 beholder en type oppføring for alltid. En advokat kan råde til å beholde oppføringer lenger.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="351"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="370"/>
        <source>Periods saved.</source>
        <translation>Periodene er lagret.</translation>
    </message>
</context>
<context>
    <name>RetentionTexts</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="15"/>
        <source>Closed incident</source>
        <translation>Avsluttet hendelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="16"/>
        <source>Phone call (closed incident)</source>
        <translation>Telefonsamtale (avsluttet hendelse)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="19"/>
        <source>No-entry notice</source>
        <translation>Forbudsvarsel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="20"/>
        <source>Consultation record</source>
        <translation>Samtalelogg</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="23"/>
        <source>Training session</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="26"/>
        <source>Case study</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="27"/>
        <source>Former staff member (training roster)</source>
        <translation>Tidligere ansatt (opplæringslisten)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="35"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="38"/>
        <source>From its closing</source>
        <translation>Fra avslutningen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="39"/>
        <source>From the end of the ban (expiry or revocation)</source>
        <translation>Fra forbudets slutt (utløp eller tilbakekall)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="42"/>
        <source>From the consultation (or its follow-up day)</source>
        <translation>Fra samtalen (eller oppfølgingsdagen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="45"/>
        <source>From the day of the session</source>
        <translation>Fra dagen for opplæringen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="48"/>
        <source>From the day it was made</source>
        <translation>Fra dagen den ble laget</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="51"/>
        <source>From the day they left</source>
        <translation>Fra dagen de sluttet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="59"/>
        <source>Five years: the shop&apos;s choice. A lawyer may advise keeping records longer if a claim is possible.</source>
        <translation>Fem år: butikkens valg. En advokat kan råde til å beholde lenger hvis et krav er mulig.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="64"/>
        <source>Phone calls are incidents: the same five years by default.</source>
        <translation>Telefonsamtaler er hendelser: de samme fem årene som standard.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="67"/>
        <source>One year after the ban ended; a ban in force is never due.</source>
        <translation>Ett år etter at forbudet sluttet; et gjeldende forbud slettes aldri.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="70"/>
        <source>Three years: enough to show how the desk worked.</source>
        <translation>Tre år: nok til å vise hvordan mottaket fungerte.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="73"/>
        <source>Five years: the record that staff were trained.</source>
        <translation>Fem år: dokumentasjonen på at de ansatte fikk opplæring.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="76"/>
        <source>Kept: an anonymised case study names no one.</source>
        <translation>Beholdes: en anonymisert case nevner ingen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="79"/>
        <source>Five years after leaving, as long as the training sessions that name them; staff still working are never due.</source>
        <translation>Fem år etter at de sluttet, like lenge som opplæringene de står oppført i; ansatte som fortsatt jobber, blir aldri aktuelle.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="89"/>
        <source>On hold: %1</source>
        <translation>Holdes tilbake: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="90"/>
        <source>Notice %1 is in force and rests on it</source>
        <translation>Varsel %1 gjelder og bygger på denne</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="93"/>
        <source>Notice %1 rests on it and is kept</source>
        <translation>Varsel %1 bygger på denne og beholdes</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="96"/>
        <source>The complaint deadline is open until %1</source>
        <translation>Klagefristen løper til %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="99"/>
        <source>Follow-ups not done: %1</source>
        <translation>Oppfølginger som ikke er gjort: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="100"/>
        <source>Training session %1 names them and is kept</source>
        <translation>Opplæringen %1 nevner dem og oppbevares</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="109"/>
        <source>Kept (period 0)</source>
        <translation>Beholdes (periode 0)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="110"/>
        <source>%1 + %2 months</source>
        <translation>%1 + %2 måneder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="114"/>
        <source>Erase %n record(s)? This cannot be undone, not even with the recovery key: the evidence files&apos; keys are forgotten and the rows are overwritten. Backups made before still hold these records.</source>
        <translation>Slette %n oppføring? Dette kan ikke angres, heller ikke med gjenopprettingsnøkkelen: nøkkelen til bevisfilene glemmes og raden overskrives. Sikkerhetskopier tatt tidligere inneholder fortsatt oppføringen.|Slette %n oppføringer? Dette kan ikke angres, heller ikke med gjenopprettingsnøkkelen: nøklene til bevisfilene glemmes og radene overskrives. Sikkerhetskopier tatt tidligere inneholder fortsatt disse oppføringene.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="166"/>
        <source>Shorten %1</source>
        <translation>Forkort %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="167"/>
        <source>Revoke %1</source>
        <translation>Opphev %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="169"/>
        <source>Review %1</source>
        <translation>Gjennomgå %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="171"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="174"/>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="178"/>
        <source>Decided by:</source>
        <translation>Bestemt av:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="179"/>
        <source>Decided on:</source>
        <translation>Bestemt den:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="180"/>
        <source>Asked for by:</source>
        <translation>Bedt om av:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="185"/>
        <source>New last day:</source>
        <translation>Ny siste dag:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="186"/>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="152"/>
        <source>Role of %1</source>
        <translation>Rollen til %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="159"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="13"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="14"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="15"/>
        <source>Staff</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="23"/>
        <source>Everything, including users, the data key and restoring backups.</source>
        <translation>Alt, også brukere, datanøkkelen og gjenoppretting av sikkerhetskopier.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="26"/>
        <source>Incidents, judging, notices, reports, bundles, backups, settings, evidence export and deletion.</source>
        <translation>Hendelser, vurdering, varsler, rapporter, bevispakker, sikkerhetskopier, innstillinger, eksport og sletting av bevis.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="31"/>
        <source>Records incidents, evidence, timeline steps and phone calls and edits their own drafts; no export, deletion, notices, reports or settings.</source>
        <translation>Registrerer hendelser, bevis, tidslinjesteg og telefonsamtaler og redigerer egne utkast; ingen eksport, sletting, varsler, rapporter eller innstillinger.</translation>
    </message>
</context>
<context>
    <name>SaveLocations</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="140"/>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="171"/>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="204"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 er en mappe: velg et filnavn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="145"/>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="197"/>
        <source>The folder %1 does not exist (was a USB stick removed?): choose another folder.</source>
        <translation>Mappen %1 finnes ikke (ble en minnepenn tatt ut?): velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="153"/>
        <source>No permission to write in %1: choose another folder.</source>
        <translation>Ingen tillatelse til å skrive i %1: velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="178"/>
        <source>The disk is full: could not write %1. Free some space or choose another folder.</source>
        <translation>Disken er full: kunne ikke skrive %1. Frigjør plass eller velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="183"/>
        <source>No permission to write %1: choose another folder, or close the file if another program has it open.</source>
        <translation>Ingen tillatelse til å skrive %1: velg en annen mappe, eller lukk filen hvis et annet program har den åpen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="190"/>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation>Mappen %1 er skrivebeskyttet: velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="206"/>
        <source>The file name or path is too long: %1. Choose a shorter name or folder.</source>
        <translation>Filnavnet eller stien er for lang: %1. Velg et kortere navn eller en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="211"/>
        <source>The disk reported an error while writing %1 (was it removed?): check the disk and try again, or choose another folder.</source>
        <translation>Disken meldte en feil under skriving av %1 (ble den tatt ut?): sjekk disken og prøv igjen, eller velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="217"/>
        <source>Could not write %1: choose another folder.</source>
        <translation>Kunne ikke skrive %1: velg en annen mappe.</translation>
    </message>
</context>
<context>
    <name>ScriptTable</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="33"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="33"/>
        <source>What to say</source>
        <translation>Hva vi sier</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="116"/>
        <source>Served: %1</source>
        <translation>Forkynt: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="118"/>
        <source>How:</source>
        <translation>Hvordan:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="124"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="128"/>
        <source>When:</source>
        <translation>Når:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="129"/>
        <source>By:</source>
        <translation>Av:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="130"/>
        <source>Witness:</source>
        <translation>Vitne:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="131"/>
        <source>Tracking number:</source>
        <translation>Sporingsnummer:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="132"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="136"/>
        <source>Signed receipt (scan):</source>
        <translation>Signert kvittering (skannet):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="137"/>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Topics</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Trainer</source>
        <translation>Instruktør</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="42"/>
        <source>Attendees</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="57"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="62"/>
        <source>Record &amp;session</source>
        <translation>Registrer &amp;opplæring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="65"/>
        <source>Save &amp;attendance of the selected session</source>
        <translation>Lagre &amp;deltakerne på valgt opplæring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="69"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="70"/>
        <source>Topics:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="71"/>
        <source>Trainer:</source>
        <translation>Instruktør:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="72"/>
        <source>Duration:</source>
        <translation>Varighet:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="73"/>
        <source>Notes:</source>
        <translation>Merknader:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="74"/>
        <source>Attended:</source>
        <translation>Deltok:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="101"/>
        <source>%1 (left)</source>
        <translation>%1 (sluttet)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="80"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="88"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="118"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Lock after this many idle minutes</source>
        <translation>Lås etter så mange minutter uten bruk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="93"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="100"/>
        <source>A new language is used from the next start.</source>
        <translation>Nytt språk tas i bruk neste gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Lock when idle for:</source>
        <translation>Lås etter inaktivitet:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Shop name</source>
        <translation>Butikknavn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="111"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="112"/>
        <source>Representative</source>
        <translation>Daglig leder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="119"/>
        <source>Time limit for a complaint call</source>
        <translation>Tidsgrense for en klagesamtale</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="123"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="124"/>
        <source>Days the CCTV recorder keeps video</source>
        <translation>Dager kameraopptakeren lagrer video</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="125"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="127"/>
        <source>Shop name:</source>
        <translation>Butikknavn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="128"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="129"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="130"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="131"/>
        <source>Representative:</source>
        <translation>Daglig leder:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="132"/>
        <source>Time zone:</source>
        <translation>Tidssone:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="133"/>
        <source>Type of business:</source>
        <translation>Bransje:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="134"/>
        <source>Call time limit:</source>
        <translation>Tidsgrense for samtaler:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="135"/>
        <source>CCTV recorder keeps:</source>
        <translation>Kameraopptakeren lagrer:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Font file for PDFs</source>
        <translation>Skriftfil for PDF</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="140"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="143"/>
        <source>Looking for a Japanese font…</source>
        <translation>Leter etter en japansk skrift …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="149"/>
        <source>PDF documents</source>
        <translation>PDF-dokumenter</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="151"/>
        <source>Japanese font:</source>
        <translation>Japansk skrift:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="177"/>
        <source>Security</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Change the data key…</source>
        <translation>Bytt datanøkkelen…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <source>A new recovery key and recovery sheet; the old sheet stops working.</source>
        <translation>En ny gjenopprettingsnøkkel og et nytt gjenopprettingsark; det gamle arket slutter å virke.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="239"/>
        <source>Choose a Japanese TrueType font</source>
        <translation>Velg en japansk TrueType-skrift</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="239"/>
        <source>Fonts (*.ttf *.ttc)</source>
        <translation>Skrifter (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="256"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="266"/>
        <source>No font information available.</source>
        <translation>Ingen informasjon om skrift.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="269"/>
        <source>No Japanese TrueType font was found: PDFs use a built-in font that is not embedded and misplaces letters such as æøå. Install the IPAex fonts or choose a .ttf/.ttc font file.</source>
        <translation>Fant ingen japansk TrueType-skrift: PDF-ene bruker en innebygd skrift som ikke bygges inn i filen og plasserer bokstaver som æøå feil. Installer IPAex-skriftene eller velg en .ttf/.ttc-skriftfil.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="275"/>
        <source>The chosen font file is missing or cannot be used; PDFs use %1 instead.</source>
        <translation>Den valgte skriftfilen mangler eller kan ikke brukes; PDF-ene bruker %1 i stedet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="278"/>
        <source>PDFs use the Japanese font %1.</source>
        <translation>PDF-ene bruker den japanske skriften %1.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="290"/>
        <source>The shop name must not be empty.</source>
        <translation>Butikknavnet kan ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="293"/>
        <source>Choose a time zone from the list.</source>
        <translation>Velg en tidssone fra listen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="85"/>
        <source>Kasuhara Desktop — setup</source>
        <translation>Kasuhara Desktop — oppsett</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="86"/>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="122"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="87"/>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="123"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="88"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="89"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="115"/>
        <source>Creating the encrypted logbook… this takes a few seconds.</source>
        <translation>Lager den krypterte loggboken … dette tar noen sekunder.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="155"/>
        <source>Recovery sheet</source>
        <translation>Gjenopprettingsark</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="158"/>
        <source>The logbook has been created. Print or save the recovery sheet, keep it safe, tick the box and press Finish.</source>
        <translation>Loggboken er laget. Skriv ut eller lagre gjenopprettingsarket, oppbevar det trygt, kryss av i boksen og trykk Fullfør.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="33"/>
        <source>Your shop</source>
        <translation>Butikken din</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="35"/>
        <source>These details are printed on reports and notices. Only the name is required.</source>
        <translation>Disse opplysningene skrives på rapporter og varsler. Bare navnet er påkrevd.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="38"/>
        <source>Shop na&amp;me:</source>
        <translation>&amp;Butikknavn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="39"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="40"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="41"/>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="42"/>
        <source>&amp;Representative:</source>
        <translation>&amp;Daglig leder:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="47"/>
        <source>e.g. Sakura Mart Nakano</source>
        <translation>f.eks. Sakura Mart Nakano</translation>
    </message>
</context>
<context>
    <name>SituationTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="78"/>
        <source>Steps, one per line</source>
        <translation>Trinn, ett per linje</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="81"/>
        <source>&amp;Add script</source>
        <translation>&amp;Legg til replikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="83"/>
        <source>&amp;Remove script</source>
        <translation>&amp;Fjern replikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="88"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="89"/>
        <source>Steps (one per line):</source>
        <translation>Trinn (ett per linje):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="94"/>
        <source>Scripts:</source>
        <translation>Replikker:</translation>
    </message>
</context>
<context>
    <name>StaffCarePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="49"/>
        <source>5. Care for the staff</source>
        <translation>5. Ta vare på de ansatte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="52"/>
        <source>Safety first: a supervisor takes over and separates the staff member from the customer. Then plan check-ins in the days after.</source>
        <translation>Sikkerhet først: en leder tar over og skiller den ansatte fra kunden. Planlegg så oppfølgingssamtaler de neste dagene.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="62"/>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="63"/>
        <source>&amp;Add staff member</source>
        <translation>&amp;Legg til ansatt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="73"/>
        <source>Staff members cared for</source>
        <translation>Ansatte som følges opp</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="81"/>
        <source>Care</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="83"/>
        <source>Safe and separated from the customer</source>
        <translation>Trygg og skilt fra kunden</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="85"/>
        <source>Injured</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="87"/>
        <source>Saw a doctor</source>
        <translation>Oppsøkte lege</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="89"/>
        <source>Referred to a specialist</source>
        <translation>Henvist til spesialist</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="93"/>
        <source>Supervisor who took &amp;over</source>
        <translation>Leder som tok &amp;over</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="95"/>
        <source>What in&amp;jury</source>
        <translation>Hvilken s&amp;kade</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="97"/>
        <source>&amp;Days off</source>
        <translation>&amp;Dager borte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="99"/>
        <source>No&amp;te</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="109"/>
        <source>Check-ins and follow-ups</source>
        <translation>Oppfølgingssamtaler og oppfølging</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="111"/>
        <source>Plan standard check-ins</source>
        <translation>Planlegg vanlige oppfølgingssamtaler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="112"/>
        <source>The next day, after one week and after one month</source>
        <translation>Neste dag, etter en uke og etter en måned</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="119"/>
        <source>Add a &amp;follow-up</source>
        <translation>Legg til o&amp;ppfølging</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="259"/>
        <source>No check-ins planned yet.</source>
        <translation>Ingen oppfølgingssamtaler er planlagt ennå.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="269"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="272"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="273"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="280"/>
        <source>Check-in</source>
        <translation>Oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="274"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="277"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="48"/>
        <source>Passphrase strength</source>
        <translation>Passfrasens styrke</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="63"/>
        <source>Very weak</source>
        <translation>Svært svak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="64"/>
        <source>Weak</source>
        <translation>Svak</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="65"/>
        <source>Fair</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="66"/>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="67"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="74"/>
        <source>At least 8 characters; a few words work well.</source>
        <translation>Minst 8 tegn; noen ord fungerer godt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="75"/>
        <source>Too short: at least 8 characters.</source>
        <translation>For kort: minst 8 tegn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="76"/>
        <source>A common password or word: easy to guess.</source>
        <translation>Et vanlig passord eller ord: lett å gjette.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="79"/>
        <source>Contains a name others know (the shop&apos;s or a person&apos;s).</source>
        <translation>Inneholder et navn andre kjenner (butikkens eller en persons).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="80"/>
        <source>A pattern (repeats, sequences, keyboard rows, dates).</source>
        <translation>Et mønster (gjentakelser, rekkefølger, tasterader, datoer).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="81"/>
        <source>Easy to guess: add a word or two.</source>
        <translation>Lett å gjette: legg til et ord eller to.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="63"/>
        <source>Period summary</source>
        <translation>Periodeoversikt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="70"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="72"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="73"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="74"/>
        <source>This quarter</source>
        <translation>Dette kvartalet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="75"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="76"/>
        <source>Custom range</source>
        <translation>Egendefinert periode</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="88"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lagre PDF …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="93"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="97"/>
        <source>&amp;From – to:</source>
        <translation>&amp;Fra – til:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="163"/>
        <source>Making the summary…</source>
        <translation>Lager oversikten …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="182"/>
        <source>%1 incidents, %2 pages.</source>
        <translation>Hendelser: %1. Sider: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="184"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
            <numerusform>%n tegn kunne ikke skrives ut: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="191"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="205"/>
        <source>Save the summary</source>
        <translation>Lagre oversikten</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/tasks.py" line="293"/>
        <source>Please wait</source>
        <translation>Vent litt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/tasks.py" line="295"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/tasks.py" line="321"/>
        <source>Stopping…</source>
        <translation>Stopper …</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/dashboard/tile.py" line="76"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="43"/>
        <source>Now: %1</source>
        <translation>Nå: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="48"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>TimezoneCombo</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="33"/>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
</context>
<context>
    <name>ToldDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="88"/>
        <source>Staff told of the policy</source>
        <translation>De ansatte informert om retningslinjene</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="92"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="97"/>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="100"/>
        <source>All staff</source>
        <translation>Alle ansatte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="101"/>
        <source>Names separated by commas; empty means all staff.</source>
        <translation>Navn atskilt med komma; tomt betyr alle ansatte.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="102"/>
        <source>&amp;Who:</source>
        <translation>H&amp;vem:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="105"/>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="106"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrer</translation>
    </message>
</context>
<context>
    <name>TradeTypeChooser</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="71"/>
        <source>Type of business</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="105"/>
        <source>Note: inns and hotels, public baths and clinics are required by law to serve customers (Inns and Hotels Act, Public Bath Act, Medical Practitioners&apos; Act). They may refuse a customer only for the reasons the law allows, so the program words its advice and notices carefully for this trade.</source>
        <translation>Merk: overnattingssteder, offentlige bad og legekontorer i Japan har plikt etter loven til å ta imot kunder (lov om overnattingssteder, lov om offentlige bad, legeloven). De kan bare avvise en kunde av grunner loven tillater, så programmet formulerer råd og varsler med omhu for denne bransjen.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="65"/>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="78"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="80"/>
        <source>Sessions</source>
        <translation>Opplæringer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="82"/>
        <source>Case studies</source>
        <translation>Caser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="90"/>
        <source>&amp;Print record…</source>
        <translation>&amp;Skriv ut logg…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="97"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="100"/>
        <source>Print in:</source>
        <translation>Skriv ut på:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Employment</source>
        <translation>Ansettelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Joined</source>
        <translation>Begynte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Last trained</source>
        <translation>Sist opplært</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="117"/>
        <source>Due by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="131"/>
        <source>&amp;Add to roster</source>
        <translation>&amp;Legg til på listen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="134"/>
        <source>Mark as &amp;left today</source>
        <translation>Merk som &amp;sluttet i dag</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="138"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="139"/>
        <source>Joined:</source>
        <translation>Begynte:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="147"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="152"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="153"/>
        <source>Save &amp;rule</source>
        <translation>Lagre &amp;regelen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="157"/>
        <source>Train everyone every</source>
        <translation>Opplæring for alle hver</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="158"/>
        <source>and new starters within</source>
        <translation>og nyansatte innen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="180"/>
        <source>Full-time</source>
        <translation>Heltid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="181"/>
        <source>Part-time</source>
        <translation>Deltid</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="182"/>
        <source>Temporary</source>
        <translation>Midlertidig</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="187"/>
        <source>Trained</source>
        <translation>Opplært</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="188"/>
        <source>New starter (in time)</source>
        <translation>Nyansatt (innen fristen)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="189"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="190"/>
        <source>Never trained</source>
        <translation>Aldri opplært</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="191"/>
        <source>Left</source>
        <translation>Sluttet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="251"/>
        <source>On the roster: %1. Overdue: %2. Never trained: %3.</source>
        <translation>På listen: %1. Forfalt: %2. Aldri opplært: %3.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="265"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="265"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="271"/>
        <source>training-record</source>
        <translation>opplaeringslogg</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="287"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-en…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="296"/>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/unlock_dialog.py" line="36"/>
        <source>Kasuhara Desktop — unlock</source>
        <translation>Kasuhara Desktop — lås opp</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/unlock_dialog.py" line="45"/>
        <source>New logbook…</source>
        <translation>Ny loggbok …</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="65"/>
        <source>Unlock the logbook</source>
        <translation>Lås opp loggboken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="75"/>
        <source>Open another logbook…</source>
        <translation>Åpne en annen loggbok …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="84"/>
        <source>Fill in the demo passphrase</source>
        <translation>Fyll inn demo-passfrasen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="93"/>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="38"/>
        <source>Passphrase</source>
        <translation>Passfrase</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="43"/>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="49"/>
        <source>New passphrase</source>
        <translation>Ny passfrase</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="53"/>
        <source>Repeat the new passphrase</source>
        <translation>Gjenta den nye passfrasen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="62"/>
        <source>Passphrase:</source>
        <translation>Passfrase:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="68"/>
        <source>Type the 64 characters from the recovery sheet (spaces and dashes do not matter), then choose a new passphrase for the user above.</source>
        <translation>Skriv de 64 tegnene fra gjenopprettingsarket (mellomrom og bindestreker spiller ingen rolle), og velg så en ny passfrase for brukeren over.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="77"/>
        <source>Recovery key:</source>
        <translation>Gjenopprettingsnøkkel:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="79"/>
        <source>New passphrase:</source>
        <translation>Ny passfrase:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="83"/>
        <source>Repeat it:</source>
        <translation>Gjenta den:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="94"/>
        <source>Choose your name</source>
        <translation>Velg navnet ditt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="107"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="116"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="126"/>
        <source>User:</source>
        <translation>Bruker:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="166"/>
        <source>No logbook chosen.</source>
        <translation>Ingen loggbok er valgt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="169"/>
        <source>Logbook: %1</source>
        <translation>Loggbok: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="195"/>
        <source>Demo logbook (deleted when the program closes).</source>
        <translation>Demo-loggbok (slettes når programmet lukkes).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="197"/>
        <source>User: %1 — passphrase: %2</source>
        <translation>Bruker: %1 — passfrase: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="199"/>
        <source>The other demo users (a manager, a staff member) have the same passphrase.</source>
        <translation>De andre demobrukerne (en leder, en ansatt) har samme passordfrase.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="251"/>
        <source>Back to the passphrase</source>
        <translation>Tilbake til passfrasen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="253"/>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>Glemt passfrasen? Bruk gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="265"/>
        <source>Choose the logbook folder</source>
        <translation>Velg mappen til loggboken</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="275"/>
        <source>Choose your name in the User list.</source>
        <translation>Velg navnet ditt i brukerlisten.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="281"/>
        <source>Type the passphrase.</source>
        <translation>Skriv passfrasen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="285"/>
        <source>Type the recovery key from the recovery sheet.</source>
        <translation>Skriv gjenopprettingsnøkkelen fra gjenopprettingsarket.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="289"/>
        <source>Choose a stronger new passphrase (at least 8 characters).</source>
        <translation>Velg en sterkere ny passfrase (minst 8 tegn).</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="292"/>
        <source>The two new passphrases are not the same.</source>
        <translation>De to nye passfrasene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="347"/>
        <source>That recovery key does not open this logbook. Check it and try again.</source>
        <translation>Den gjenopprettingsnøkkelen åpner ikke denne loggboken. Sjekk den og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="351"/>
        <source>That passphrase does not open this logbook. Check it and try again.</source>
        <translation>Passfrasen åpner ikke denne loggboken. Sjekk den og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="30"/>
        <source>U&amp;sers…</source>
        <translation>B&amp;rukere …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="32"/>
        <source>Change my &amp;passphrase…</source>
        <translation>Endre passfra&amp;sen min …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="34"/>
        <source>Switch &amp;user…</source>
        <translation>Bytt br&amp;uker …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="120"/>
        <source>Your passphrase was changed: use the new one from the next unlock.</source>
        <translation>Passfrasen din er endret: bruk den nye fra neste opplåsing.</translation>
    </message>
</context>
<context>
    <name>UserForms</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="30"/>
        <source>New passphrase</source>
        <translation>Ny passfrase</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="36"/>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passfrasen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="41"/>
        <source>Repeat it:</source>
        <translation>Gjenta den:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="47"/>
        <source>Choose a stronger passphrase: the meter says why this one is weak.</source>
        <translation>Velg en sterkere passfrase: måleren sier hvorfor denne er svak.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="51"/>
        <source>The two passphrases are not the same.</source>
        <translation>De to passfrasene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="58"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="55"/>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="74"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="63"/>
        <source>Each person unlocks the logbook with their own passphrase, and the logbook records who did what. Roles prevent mistakes and casual misuse; they do not protect against someone who copies the logbook and knows any passphrase.</source>
        <translation>Hver person låser opp loggboken med sin egen passfrase, og loggboken registrerer hvem som gjorde hva. Roller hindrer feil og tilfeldig misbruk; de beskytter ikke mot noen som kopierer loggboken og kjenner en passfrase.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="85"/>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="86"/>
        <source>Re&amp;name…</source>
        <translation>Gi nytt &amp;navn …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="88"/>
        <source>Change &amp;role…</source>
        <translation>Endre &amp;rolle …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="91"/>
        <source>Reset &amp;passphrase…</source>
        <translation>Tilbakestill &amp;passfrase …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="93"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="105"/>
        <source>Change the data key…</source>
        <translation>Bytt datanøkkelen…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="168"/>
        <source>Since the data key was changed, these users have no passphrase and cannot unlock: %1. Select each and click Reset passphrase to give them a new one.</source>
        <translation>Etter at datanøkkelen ble byttet, har disse brukerne ingen passfrase og kan ikke låse opp: %1. Velg hver av dem og klikk «Tilbakestill passfrase» for å gi dem en ny.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="238"/>
        <source>%1 has a new passphrase.</source>
        <translation>%1 har fått en ny passfrase.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="252"/>
        <source>Remove a user</source>
        <translation>Fjern en bruker</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="253"/>
        <source>Remove %1 (%2)?</source>
        <translation>Fjerne %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="256"/>
        <source>They can no longer unlock this logbook, and what they recorded stays, under their name. Copies of the logbook made before (backups, an old vault.json) still open with their passphrase unless you change the data key afterwards.</source>
        <translation>Vedkommende kan ikke lenger låse opp denne loggboken, og det vedkommende har registrert, blir stående under sitt navn. Kopier av loggboken laget før (sikkerhetskopier, en gammel vault.json) åpnes fortsatt med passfrasen deres med mindre du bytter datanøkkelen etterpå.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="261"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="284"/>
        <source>%1 was removed and can no longer unlock this logbook.</source>
        <translation>%1 er fjernet og kan ikke lenger låse opp denne loggboken.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="287"/>
        <source>To keep older copies from opening with their passphrase, change the data key (the other users then get a new passphrase from you).</source>
        <translation>For å hindre at eldre kopier åpnes med passfrasen deres, bytt datanøkkelen (de andre brukerne får da en ny passfrase fra deg).</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Login</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="77"/>
        <source>This user has no passphrase since the data key was changed and cannot unlock until you reset it.</source>
        <translation>Denne brukeren har ingen passfrase etter at datanøkkelen ble byttet, og kan ikke låse opp før du tilbakestiller den.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="84"/>
        <source>%1 (you)</source>
        <translation>%1 (deg)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="86"/>
        <source>%1 (no passphrase)</source>
        <translation>%1 (ingen passfrase)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="5"/>
        <source>A justified complaint: apologise and put it right.</source>
        <comment>verdict.legitimate_complaint</comment>
        <translation>En berettiget klage: beklag og rett opp feilen.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="6"/>
        <source>Harassment: the complaint has a basis, but the manner is unacceptable.</source>
        <comment>verdict.justified_unacceptable_manner</comment>
        <translation>Trakassering: klagen har grunnlag, men fremgangsmåten er uakseptabel.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="7"/>
        <source>Harassment: no basis for the claim, unacceptable manner.</source>
        <comment>verdict.no_basis_unacceptable_manner</comment>
        <translation>Trakassering: kravet er grunnløst, og fremgangsmåten er uakseptabel.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="8"/>
        <source>Not harassment: the claim has no basis, but it was made in an acceptable manner.</source>
        <comment>verdict.no_basis_acceptable_manner</comment>
        <translation>Ikke trakassering: kravet er grunnløst, men ble fremmet på en akseptabel måte.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="9"/>
        <source>Harassment by its manner; whether the claim has a basis is not yet clear.</source>
        <comment>verdict.unacceptable_manner_claim_unclear</comment>
        <translation>Trakassering på grunn av fremgangsmåten; om kravet har grunnlag, er ennå uklart.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="10"/>
        <source>Not determined: the facts are unclear.</source>
        <comment>verdict.not_determined</comment>
        <translation>Ikke avgjort: faktum er uklart.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="11"/>
        <source>The shop is at fault (defect or mistake).</source>
        <comment>reason.shop_fault</comment>
        <translation>Butikken har skyld (feil eller mangel).</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="12"/>
        <source>The shop is not at fault.</source>
        <comment>reason.no_shop_fault</comment>
        <translation>Butikken har ikke skyld.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="13"/>
        <source>Whether the shop is at fault is unclear.</source>
        <comment>reason.shop_fault_unclear</comment>
        <translation>Det er uklart om butikken har skyld.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="14"/>
        <source>The demand concerns the shop&apos;s goods or services.</source>
        <comment>reason.demand_related</comment>
        <translation>Kravet gjelder butikkens varer eller tjenester.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="15"/>
        <source>The demand has nothing to do with the shop&apos;s goods or services.</source>
        <comment>reason.demand_unrelated</comment>
        <translation>Kravet har ingenting med butikkens varer eller tjenester å gjøre.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="16"/>
        <source>Whether the demand concerns the shop&apos;s goods is unclear.</source>
        <comment>reason.demand_relation_unclear</comment>
        <translation>Det er uklart om kravet gjelder butikkens varer.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="17"/>
        <source>Prolonged complaint.</source>
        <comment>reason.manner:prolonged</comment>
        <translation>Langvarig klage.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="18"/>
        <source>Violent or threatening conduct.</source>
        <comment>reason.manner:violent_or_threatening</comment>
        <translation>Voldelig eller truende opptreden.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="19"/>
        <source>Continuous, persistent conduct.</source>
        <comment>reason.manner:persistent</comment>
        <translation>Vedvarende, påtrengende opptreden.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="20"/>
        <source>Discriminatory statements.</source>
        <comment>reason.manner:discriminatory</comment>
        <translation>Diskriminerende utsagn.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="21"/>
        <source>Sexual conduct.</source>
        <comment>reason.manner:sexual</comment>
        <translation>Seksuell atferd.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="22"/>
        <source>Meets the shop&apos;s own criterion: %1</source>
        <comment>reason.shop_criterion</comment>
        <translation>Oppfyller butikkens eget kriterium: %1</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="23"/>
        <source>The manner was acceptable.</source>
        <comment>reason.manner_acceptable</comment>
        <translation>Fremgangsmåten var akseptabel.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="24"/>
        <source>Nobody has confirmed the facts yet.</source>
        <comment>reason.facts_not_confirmed</comment>
        <translation>Ingen har bekreftet faktum ennå.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="25"/>
        <source>Review the answers: some contradict each other or the record.</source>
        <comment>step.review_answers</comment>
        <translation>Se på svarene igjen: noen motsier hverandre eller registreringen.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="26"/>
        <source>Confirm the facts first (staff, witnesses, CCTV, recordings).</source>
        <comment>step.confirm_facts_first</comment>
        <translation>Bekreft faktum først (ansatte, vitner, overvåkingskamera, opptak).</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="27"/>
        <source>Ask the customer to stop (2-3 times), noting each request and its time.</source>
        <comment>step.ask_to_stop</comment>
        <translation>Be kunden slutte (2–3 ganger), og noter hvert krav og tidspunktet.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="28"/>
        <source>Order the customer to leave (2-3 times), noting each order and its time.</source>
        <comment>step.ask_to_leave</comment>
        <translation>Pålegg kunden å gå (2–3 ganger), og noter hvert pålegg og tidspunktet.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="29"/>
        <source>Care for the staff member: safety first, a supervisor takes over.</source>
        <comment>step.care_for_staff</comment>
        <translation>Ta vare på den ansatte: sikkerheten først, en leder overtar.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="30"/>
        <source>Consult the police (110 or #9110) or a lawyer.</source>
        <comment>step.consult_police_or_lawyer</comment>
        <translation>Kontakt politiet (110 eller #9110) eller en advokat.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="31"/>
        <source>Apply the time limit to calls and meetings.</source>
        <comment>step.limit_contact_time</comment>
        <translation>Bruk tidsgrensen for samtaler og møter.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="32"/>
        <source>Apologise for the fault and remedy it (exchange, refund).</source>
        <comment>step.apologise_and_remedy</comment>
        <translation>Beklag feilen og rett den opp (bytte, refusjon).</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="33"/>
        <source>Improve the service that caused the complaint.</source>
        <comment>step.improve_service</comment>
        <translation>Forbedre tjenesten som førte til klagen.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="34"/>
        <source>Refuse what goes beyond a fair remedy.</source>
        <comment>step.refuse_excessive_demand</comment>
        <translation>Avvis det som går ut over en rimelig utbedring.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="35"/>
        <source>Refuse the demand.</source>
        <comment>step.refuse_demand</comment>
        <translation>Avvis kravet.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="36"/>
        <source>Explain politely why the demand cannot be met, and decline it.</source>
        <comment>step.explain_and_decline</comment>
        <translation>Forklar høflig hvorfor kravet ikke kan innfris, og avslå det.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="37"/>
        <source>Consider a written no-entry notice.</source>
        <comment>step.consider_no_return_notice</comment>
        <translation>Vurder et skriftlig varsel om adgangsforbud.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="38"/>
        <source>Share the case (anonymised) in training and revise the manual.</source>
        <comment>step.prevent_recurrence</comment>
        <translation>Del saken (anonymisert) i opplæringen og revider håndboken.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="39"/>
        <source>Tell the caller the call will end if the same claim goes on (e.g. after 30 minutes), then end it; note the times.</source>
        <comment>step.end_call_after_warning</comment>
        <translation>Si til den som ringer at samtalen avsluttes hvis det samme kravet fortsetter (f.eks. etter 30 minutter), og avslutt den; noter klokkeslettene.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="40"/>
        <source>Answer in writing, briefly and factually: what the shop can and cannot do; keep a copy.</source>
        <comment>step.answer_in_writing</comment>
        <translation>Svar skriftlig, kort og saklig: hva butikken kan og ikke kan gjøre; ta vare på en kopi.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="41"/>
        <source>Preserve the post first: its URL, the date and time it was seen, and a screenshot showing both, added as evidence.</source>
        <comment>step.preserve_online_post</comment>
        <translation>Sikre innlegget først: nettadressen, dato og klokkeslett det ble sett, og et skjermbilde som viser begge deler, lagt til som bevis.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="42"/>
        <source>Ask the site or platform to remove the post (its reporting or deletion form).</source>
        <comment>step.request_post_deletion</comment>
        <translation>Be nettstedet eller plattformen fjerne innlegget (skjemaet for varsling eller sletting).</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="43"/>
        <source>To learn who posted it, the Information Distribution Platform Act (formerly the Provider Liability Limitation Act) gives a disclosure route: discuss it with a lawyer.</source>
        <comment>step.poster_disclosure</comment>
        <translation>For å finne ut hvem som la det ut, gir «Information Distribution Platform Act» (tidligere «Provider Liability Limitation Act») en rett til utlevering: drøft det med en advokat.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="44"/>
        <source>Consider whether the behaviour could relate to a disability or a request for accommodation before any ban.</source>
        <comment>step.consider_accommodation</comment>
        <translation>Vurder om oppførselen kan ha sammenheng med en funksjonsnedsettelse eller en anmodning om tilrettelegging før et eventuelt forbud.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="45"/>
        <source>It could relate to a disability or a request for accommodation: talk with the person about what they need, consider reasonable accommodation and alternatives, and record the exchange; no ban on this incident.</source>
        <comment>step.provide_reasonable_accommodation</comment>
        <translation>Det kan ha sammenheng med en funksjonsnedsettelse eller en anmodning om tilrettelegging: snakk med personen om hva de trenger, vurder rimelig tilrettelegging og alternativer, og noter samtalen; ikke noe forbud i denne saken.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="46"/>
        <source>A no-entry notice (%1) is already in force for this person: no new notice; record any visit as a breach of it.</source>
        <comment>step.notice_in_force</comment>
        <translation>Et adgangsforbud (%1) gjelder allerede for denne personen: ikke noe nytt varsel; registrer et besøk som brudd på det.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="47"/>
        <source>This breaches no-entry notice %1: call the police (110) and say a written notice was served; entering against it may be trespass (Penal Code art. 130).</source>
        <comment>step.breach_of_notice</comment>
        <translation>Dette bryter adgangsforbud %1: ring politiet (110) og si at et skriftlig varsel er gitt; å gå inn i strid med det kan være ulovlig inntrenging (straffeloven art. 130).</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="48"/>
        <source>The shop is at fault, yet the demand is said to be unrelated to its goods or services.</source>
        <comment>inconsistency.fault_but_demand_unrelated</comment>
        <translation>Butikken har skyld, men kravet sies å ikke gjelde varene eller tjenestene.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="49"/>
        <source>Recorded as a groundless refund demand, yet the shop is said to be at fault.</source>
        <comment>inconsistency.groundless_refund_but_shop_fault</comment>
        <translation>Registrert som ugrunnet krav om refusjon, men butikken sies å ha skyld.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="50"/>
        <source>Recorded as an unrelated demand, yet the demand is said to concern the goods.</source>
        <comment>inconsistency.unrelated_demand_but_demand_related</comment>
        <translation>Registrert som krav som ikke gjelder varene, men kravet sies å gjelde varene.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="51"/>
        <source>A recorded behaviour has no matching manner ticked: %1</source>
        <comment>inconsistency.behaviour_without_manner</comment>
        <translation>En registrert atferd har ingen tilsvarende fremgangsmåte krysset av: %1</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="52"/>
        <source>Judged before the facts were confirmed.</source>
        <comment>inconsistency.judged_before_facts_confirmed</comment>
        <translation>Vurdert før faktum var bekreftet.</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="53"/>
        <source>Handed over in person</source>
        <comment>service_method.in_person</comment>
        <translation>Overlevert personlig</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="54"/>
        <source>Certified mail (内容証明郵便) with proof of delivery (配達証明)</source>
        <comment>service_method.certified_mail</comment>
        <translation>Rekommandert brev (内容証明郵便) med bevis for levering (配達証明)</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="55"/>
        <source>Ordinary mail</source>
        <comment>service_method.ordinary_mail</comment>
        <translation>Vanlig post</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="56"/>
        <source>Email</source>
        <comment>service_method.email</comment>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="57"/>
        <source>Offered; refused</source>
        <comment>service_method.refused</comment>
        <translation>Tilbudt; nektet mottatt</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="58"/>
        <source>Not yet in force</source>
        <comment>ban_status.scheduled</comment>
        <translation>Ikke trådt i kraft</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="59"/>
        <source>In force</source>
        <comment>ban_status.active</comment>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="60"/>
        <source>Expired</source>
        <comment>ban_status.expired</comment>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="61"/>
        <source>Revoked</source>
        <comment>ban_status.revoked</comment>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="62"/>
        <source>Review by the shop</source>
        <comment>review_kind.review</comment>
        <translation>Butikkens egen gjennomgang</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="63"/>
        <source>Appeal by the person</source>
        <comment>review_kind.appeal</comment>
        <translation>Klage fra personen</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="64"/>
        <source>Pending</source>
        <comment>review_outcome.pending</comment>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="65"/>
        <source>Upheld</source>
        <comment>review_outcome.upheld</comment>
        <translation>Opprettholdt</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="66"/>
        <source>Shortened</source>
        <comment>review_outcome.shortened</comment>
        <translation>Forkortet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="67"/>
        <source>Revoked</source>
        <comment>review_outcome.revoked</comment>
        <translation>Opphevet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="68"/>
        <source>Groundless refund demand</source>
        <comment>behaviour.groundless_refund</comment>
        <translation>Ugrunnet krav om refusjon</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="69"/>
        <source>Demand unrelated to the shop&apos;s goods</source>
        <comment>behaviour.unrelated_demand</comment>
        <translation>Krav som ikke gjelder butikkens varer</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="70"/>
        <source>Physical attack</source>
        <comment>behaviour.physical_attack</comment>
        <translation>Fysisk angrep</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="71"/>
        <source>Threats or verbal abuse</source>
        <comment>behaviour.threats_abuse</comment>
        <translation>Trusler eller verbal sjikane</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="72"/>
        <source>Repeated calls</source>
        <comment>behaviour.repeated_calls</comment>
        <translation>Gjentatte anrop</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="73"/>
        <source>Forced kneeling (dogeza)</source>
        <comment>behaviour.forced_kneeling</comment>
        <translation>Tvunget til å knele (dogeza)</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="74"/>
        <source>Refusal to leave</source>
        <comment>behaviour.refusal_to_leave</comment>
        <translation>Nektet å gå</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="75"/>
        <source>Discrimination</source>
        <comment>behaviour.discrimination</comment>
        <translation>Diskriminering</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="76"/>
        <source>Sexual conduct</source>
        <comment>behaviour.sexual_conduct</comment>
        <translation>Seksuell atferd</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="77"/>
        <source>Prolonged complaint</source>
        <comment>behaviour.prolonged_complaint</comment>
        <translation>Langvarig klage</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="78"/>
        <source>Persistent contact</source>
        <comment>behaviour.persistent_contact</comment>
        <translation>Vedvarende kontakt</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="79"/>
        <source>Social media threat or post</source>
        <comment>behaviour.sns_threat_or_post</comment>
        <translation>Trussel om eller innlegg i sosiale medier</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="80"/>
        <source>Threat to expose staff online</source>
        <comment>behaviour.sns_threat</comment>
        <translation>Trussel om å henge ut ansatte på nett</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="81"/>
        <source>Posted online about the shop or staff</source>
        <comment>behaviour.sns_post</comment>
        <translation>Innlegg på nett om butikken eller ansatte</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="82"/>
        <source>Filming staff</source>
        <comment>behaviour.filming_staff</comment>
        <translation>Filming av ansatte</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="83"/>
        <source>Property damage</source>
        <comment>behaviour.property_damage</comment>
        <translation>Skadeverk</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="84"/>
        <source>Excessive compensation demand</source>
        <comment>behaviour.excessive_compensation</comment>
        <translation>Urimelig krav om erstatning</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="85"/>
        <source>Other behaviour</source>
        <comment>behaviour.other</comment>
        <translation>Annen atferd</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="86"/>
        <source>In person</source>
        <comment>channel.in_person</comment>
        <translation>Personlig oppmøte</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="87"/>
        <source>Phone</source>
        <comment>channel.phone</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="88"/>
        <source>Email</source>
        <comment>channel.email</comment>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="89"/>
        <source>Online</source>
        <comment>channel.online</comment>
        <translation>På nett</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="90"/>
        <source>Letter</source>
        <comment>channel.letter</comment>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="91"/>
        <source>Other channel</source>
        <comment>channel.other</comment>
        <translation>Annen kanal</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="92"/>
        <source>Draft</source>
        <comment>status.draft</comment>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="93"/>
        <source>Facts confirmed</source>
        <comment>status.facts_confirmed</comment>
        <translation>Fakta bekreftet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="94"/>
        <source>Judged</source>
        <comment>status.judged</comment>
        <translation>Vurdert</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="95"/>
        <source>Responded</source>
        <comment>status.responded</comment>
        <translation>Håndtert</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="96"/>
        <source>Closed</source>
        <comment>status.closed</comment>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="97"/>
        <source>Customer</source>
        <comment>role.customer</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="98"/>
        <source>Companion</source>
        <comment>role.companion</comment>
        <translation>Følge</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="99"/>
        <source>Staff targeted</source>
        <comment>role.target</comment>
        <translation>Ansatt som ble rammet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="100"/>
        <source>Staff who handled it</source>
        <comment>role.handler</comment>
        <translation>Ansatt som håndterte saken</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="101"/>
        <source>Witness</source>
        <comment>role.witness</comment>
        <translation>Vitne</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="102"/>
        <source>Supervisor</source>
        <comment>role.supervisor</comment>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="103"/>
        <source>Other role</source>
        <comment>role.other</comment>
        <translation>Annen rolle</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="104"/>
        <source>Note</source>
        <comment>timeline.note</comment>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="105"/>
        <source>Conversation ended</source>
        <comment>timeline.conversation_end</comment>
        <translation>Samtalen avsluttet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="106"/>
        <source>Asked to stop</source>
        <comment>timeline.stop_request</comment>
        <translation>Bedt om å slutte</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="107"/>
        <source>Ordered to leave</source>
        <comment>timeline.leave_order</comment>
        <translation>Pålagt å gå</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="108"/>
        <source>Final warning</source>
        <comment>timeline.final_warning</comment>
        <translation>Siste advarsel</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="109"/>
        <source>Police called</source>
        <comment>timeline.police_call</comment>
        <translation>Politiet tilkalt</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="110"/>
        <source>Police arrived</source>
        <comment>timeline.police_arrived</comment>
        <translation>Politiet kom</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="111"/>
        <source>Recording handed over</source>
        <comment>timeline.recording_handover</comment>
        <translation>Opptak overlevert</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="112"/>
        <source>Customer left</source>
        <comment>timeline.customer_left</comment>
        <translation>Kunden gikk</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="113"/>
        <source>Call started</source>
        <comment>timeline.call_start</comment>
        <translation>Samtale startet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="114"/>
        <source>Call ended</source>
        <comment>timeline.call_end</comment>
        <translation>Samtale avsluttet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="115"/>
        <source>Note</source>
        <comment>action.note</comment>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="116"/>
        <source>Apology</source>
        <comment>action.apology</comment>
        <translation>Unnskyldning</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="117"/>
        <source>Refund</source>
        <comment>action.refund</comment>
        <translation>Refusjon</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="118"/>
        <source>Exchange</source>
        <comment>action.exchange</comment>
        <translation>Bytte</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="119"/>
        <source>No-entry notice</source>
        <comment>action.no_return_notice</comment>
        <translation>Varsel om adgangsforbud</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="120"/>
        <source>Lawyer consulted</source>
        <comment>action.lawyer_consulted</comment>
        <translation>Advokat kontaktet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="121"/>
        <source>Police report</source>
        <comment>action.police_report</comment>
        <translation>Anmeldelse til politiet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="122"/>
        <source>Staff care</source>
        <comment>action.staff_care</comment>
        <translation>Oppfølging av ansatt</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="123"/>
        <source>Follow-up</source>
        <comment>action.follow_up</comment>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="124"/>
        <source>Prevention</source>
        <comment>action.prevention</comment>
        <translation>Forebygging</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="125"/>
        <source>Other action</source>
        <comment>action.other</comment>
        <translation>Annet tiltak</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="126"/>
        <source>Handling on site</source>
        <comment>cost.on_site</comment>
        <translation>Håndtering på stedet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="127"/>
        <source>Handling by phone</source>
        <comment>cost.phone</comment>
        <translation>Håndtering per telefon</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="128"/>
        <source>Apology visit</source>
        <comment>cost.apology_visit</comment>
        <translation>Besøk for å beklage</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="129"/>
        <source>Internal discussion</source>
        <comment>cost.deliberation</comment>
        <translation>Intern drøfting</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="130"/>
        <source>Lawyer</source>
        <comment>cost.lawyer</comment>
        <translation>Advokat</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="131"/>
        <source>Refund or compensation</source>
        <comment>cost.refund_compensation</comment>
        <translation>Refusjon eller erstatning</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="132"/>
        <source>Damage</source>
        <comment>cost.damage</comment>
        <translation>Skade</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="133"/>
        <source>Other cost</source>
        <comment>cost.other</comment>
        <translation>Annen kostnad</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="134"/>
        <source>Full-time</source>
        <comment>employment.full_time</comment>
        <translation>Heltid</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="135"/>
        <source>Part-time</source>
        <comment>employment.part_time</comment>
        <translation>Deltid</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="136"/>
        <source>Contract</source>
        <comment>employment.contract</comment>
        <translation>Midlertidig</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="137"/>
        <source>Manager</source>
        <comment>employment.manager</comment>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="138"/>
        <source>Owner</source>
        <comment>employment.owner</comment>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="139"/>
        <source>Convenience store</source>
        <comment>trade.convenience_store</comment>
        <translation>Nærbutikk</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="140"/>
        <source>Restaurant or café</source>
        <comment>trade.restaurant</comment>
        <translation>Restaurant eller kafé</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="141"/>
        <source>Pharmacy</source>
        <comment>trade.pharmacy</comment>
        <translation>Apotek</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="142"/>
        <source>Hair or beauty salon</source>
        <comment>trade.salon</comment>
        <translation>Frisør- eller skjønnhetssalong</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="143"/>
        <source>Shop (retail)</source>
        <comment>trade.retail</comment>
        <translation>Butikk (detaljhandel)</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="144"/>
        <source>Inn or hotel</source>
        <comment>trade.inn</comment>
        <translation>Vertshus eller hotell</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="145"/>
        <source>Public bath</source>
        <comment>trade.public_bath</comment>
        <translation>Offentlig bad</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="146"/>
        <source>Clinic</source>
        <comment>trade.clinic</comment>
        <translation>Klinikk</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="147"/>
        <source>Other trade</source>
        <comment>trade.other</comment>
        <translation>Annen bransje</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="148"/>
        <source>Staff phone</source>
        <comment>source.staff_phone</comment>
        <translation>Ansattes telefon</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="149"/>
        <source>CCTV</source>
        <comment>source.cctv</comment>
        <translation>Overvåkingskamera</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="150"/>
        <source>Call recorder</source>
        <comment>source.call_recorder</comment>
        <translation>Samtaleopptaker</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="151"/>
        <source>Screenshot</source>
        <comment>source.screenshot</comment>
        <translation>Skjermbilde</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="152"/>
        <source>Scan</source>
        <comment>source.scan</comment>
        <translation>Skanning</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="153"/>
        <source>Receipt</source>
        <comment>source.receipt</comment>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="154"/>
        <source>Other source</source>
        <comment>source.other</comment>
        <translation>Annen kilde</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="155"/>
        <source>Image</source>
        <comment>evidence_kind.image</comment>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="156"/>
        <source>Video</source>
        <comment>evidence_kind.video</comment>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="157"/>
        <source>Audio</source>
        <comment>evidence_kind.audio</comment>
        <translation>Lyd</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="158"/>
        <source>PDF</source>
        <comment>evidence_kind.pdf</comment>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="159"/>
        <source>File</source>
        <comment>evidence_kind.other</comment>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="160"/>
        <source>Yes</source>
        <comment>answer.yes</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="161"/>
        <source>No</source>
        <comment>answer.no</comment>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="162"/>
        <source>Unclear</source>
        <comment>answer.unclear</comment>
        <translation>Uklart</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="163"/>
        <source>Justified</source>
        <comment>claim.justified</comment>
        <translation>Berettiget</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="164"/>
        <source>Not justified</source>
        <comment>claim.not_justified</comment>
        <translation>Ikke berettiget</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="165"/>
        <source>Unclear</source>
        <comment>claim.unclear</comment>
        <translation>Uklart</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="166"/>
        <source>Prolonged</source>
        <comment>manner.prolonged</comment>
        <translation>Langvarig</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="167"/>
        <source>Violent or threatening</source>
        <comment>manner.violent_or_threatening</comment>
        <translation>Voldelig eller truende</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="168"/>
        <source>Continuous and persistent</source>
        <comment>manner.persistent</comment>
        <translation>Vedvarende og påtrengende</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="169"/>
        <source>Discriminatory</source>
        <comment>manner.discriminatory</comment>
        <translation>Diskriminerende</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="170"/>
        <source>Sexual</source>
        <comment>manner.sexual</comment>
        <translation>Seksuell</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="171"/>
        <source>Justified complaint</source>
        <comment>verdict_short.legitimate_complaint</comment>
        <translation>Berettiget klage</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="172"/>
        <source>Harassment (claim justified)</source>
        <comment>verdict_short.justified_unacceptable_manner</comment>
        <translation>Trakassering (berettiget krav)</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="173"/>
        <source>Harassment (no basis)</source>
        <comment>verdict_short.no_basis_unacceptable_manner</comment>
        <translation>Trakassering (grunnløst)</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="174"/>
        <source>No basis, acceptable manner</source>
        <comment>verdict_short.no_basis_acceptable_manner</comment>
        <translation>Grunnløst, akseptabel opptreden</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="175"/>
        <source>Harassment (claim unclear)</source>
        <comment>verdict_short.unacceptable_manner_claim_unclear</comment>
        <translation>Trakassering (kravet uklart)</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="176"/>
        <source>Not determined</source>
        <comment>verdict_short.not_determined</comment>
        <translation>Ikke avgjort</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="177"/>
        <source>threat</source>
        <comment>keyword_list.threat</comment>
        <translation>trussel</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="178"/>
        <source>demand to do something without duty</source>
        <comment>keyword_list.coercion</comment>
        <translation>krav om noe man ikke har plikt til</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="179"/>
        <source>insult</source>
        <comment>keyword_list.insult</comment>
        <translation>fornærmelse</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="180"/>
        <source>false statement or deception</source>
        <comment>keyword_list.deception</comment>
        <translation>usannhet eller bedrag</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="181"/>
        <source>force</source>
        <comment>keyword_list.force</comment>
        <translation>makt</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="182"/>
        <source>money</source>
        <comment>keyword_list.money</comment>
        <translation>penger</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="183"/>
        <source>injury</source>
        <comment>keyword_list.injury</comment>
        <translation>skade på person</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="184"/>
        <source>made public</source>
        <comment>keyword_list.public</comment>
        <translation>offentliggjort</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="185"/>
        <source>damage</source>
        <comment>keyword_list.damage</comment>
        <translation>skade på ting</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="186"/>
        <source>Created</source>
        <comment>incident_field.created</comment>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="187"/>
        <source>Record format</source>
        <comment>incident_field.format</comment>
        <translation>Registreringsformat</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="188"/>
        <source>Status</source>
        <comment>incident_field.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="189"/>
        <source>Occurred</source>
        <comment>incident_field.occurred_at</comment>
        <translation>Inntraff</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="190"/>
        <source>Ended</source>
        <comment>incident_field.ended_at</comment>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="191"/>
        <source>Time zone</source>
        <comment>incident_field.timezone</comment>
        <translation>Tidssone</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="192"/>
        <source>Location</source>
        <comment>incident_field.location</comment>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="193"/>
        <source>Channel</source>
        <comment>incident_field.channel</comment>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="194"/>
        <source>What happened</source>
        <comment>incident_field.summary</comment>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="195"/>
        <source>Demand</source>
        <comment>incident_field.demand</comment>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="196"/>
        <source>Behaviours</source>
        <comment>incident_field.behaviours</comment>
        <translation>Atferd</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="197"/>
        <source>Exact words</source>
        <comment>incident_field.quotes</comment>
        <translation>Nøyaktige ord</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="198"/>
        <source>Timeline</source>
        <comment>incident_field.timeline</comment>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="199"/>
        <source>People</source>
        <comment>incident_field.participants</comment>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="200"/>
        <source>Witness statements</source>
        <comment>incident_field.statements</comment>
        <translation>Vitneforklaringer</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="201"/>
        <source>Actions taken</source>
        <comment>incident_field.actions</comment>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="202"/>
        <source>Time and money</source>
        <comment>incident_field.costs</comment>
        <translation>Tid og penger</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="203"/>
        <source>Assessment</source>
        <comment>incident_field.assessment</comment>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="204"/>
        <source>Staff care</source>
        <comment>incident_field.staff_care</comment>
        <translation>Omsorg for ansatte</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="205"/>
        <source>Prevention</source>
        <comment>incident_field.prevention</comment>
        <translation>Forebygging</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="206"/>
        <source>Training case</source>
        <comment>incident_field.training_case</comment>
        <translation>Opplæringssak</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="207"/>
        <source>Day the shop learned who the offender is</source>
        <comment>incident_field.offender_known_on</comment>
        <translation>Dagen butikken fikk vite hvem gjerningspersonen er</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="208"/>
        <source>Day the staff member harmed learned who the offender is</source>
        <comment>incident_field.offender_known_to_staff_on</comment>
        <translation>Dagen den rammede ansatte fikk vite hvem gjerningspersonen er</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="210"/>
        <source>the shop (the company)</source>
        <comment>complaint_holder.shop</comment>
        <translation>butikken (selskapet)</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="211"/>
        <source>the staff member harmed</source>
        <comment>complaint_holder.staff</comment>
        <translation>den rammede ansatte</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="209"/>
        <source>Answers on possible offences</source>
        <comment>incident_field.offence_answers</comment>
        <translation>Svar om mulige lovbrudd</translation>
    </message>
</context>
<context>
    <name>WeakKdfNotice</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/weak_kdf_notice.py" line="38"/>
        <source>This logbook was created with test key-derivation settings (passphrase of %1): its passphrase is easy to guess by brute force. After unlocking, change the passphrase (or run `kasuhara passphrase change`) to fix this.</source>
        <translation>Denne loggboken ble opprettet med testinnstillinger for nøkkelavledning (passfrasen til %1): passfrasen er lett å gjette med rå kraft. Etter opplåsing endrer du passfrasen (eller kjører `kasuhara passphrase change`) for å rette dette.</translation>
    </message>
</context>
<context>
    <name>WhatHappenedPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="34"/>
        <source>1. What happened</source>
        <translation>1. Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="41"/>
        <source>Began</source>
        <translation>Begynte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="43"/>
        <source>Ended</source>
        <translation>Sluttet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="44"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="47"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="48"/>
        <source>e.g. at the till, on the phone, car park</source>
        <translation>f.eks. ved kassen, på telefon, på parkeringsplassen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="51"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="52"/>
        <source>What happened, in a few words</source>
        <translation>Hva som skjedde, med få ord</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="55"/>
        <source>Demand</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="56"/>
        <source>What the customer demanded</source>
        <translation>Hva kunden krevde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="62"/>
        <source>&amp;Began</source>
        <translation>&amp;Begynte</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="63"/>
        <source>&amp;Ended</source>
        <translation>&amp;Sluttet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="137"/>
        <source>New incident, begun at %1. Only “%2” saves it.</source>
        <translation>Ny hendelse, begynte kl. %1. Den lagres først når du trykker «%2».</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="64"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="124"/>
        <source>Write the exact words, not a summary of them (“馬鹿野郎”, not “was abusive”). Tick what the customer did. Nothing is saved until you press “%1”.</source>
        <translation>Skriv de nøyaktige ordene, ikke et sammendrag («馬鹿野郎», ikke «var grov i munnen»). Kryss av for det kunden gjorde. Ingenting lagres før du trykker «%1».</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="65"/>
        <source>&amp;Place</source>
        <translation>St&amp;ed</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="66"/>
        <source>&amp;What happened</source>
        <translation>&amp;Hva skjedde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="67"/>
        <source>&amp;Demand</source>
        <translation>K&amp;rav</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="83"/>
        <source>What the customer did</source>
        <translation>Hva kunden gjorde</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="100"/>
        <source>Exact words (who, what, when)</source>
        <translation>Nøyaktige ord (hvem, hva, når)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="103"/>
        <source>Add what was said (time: now)</source>
        <translation>Legg til det som ble sagt (tid: nå)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="139"/>
        <source>Incident %1</source>
        <translation>Hendelse %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="172"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="82"/>
        <source>Notice wording</source>
        <translation>Ordlyd for varsel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="89"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="105"/>
        <source>Filled in when printing: %1</source>
        <translation>Fylles inn ved utskrift: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="116"/>
        <source>&amp;Reset to the default wording…</source>
        <translation>&amp;Tilbakestill til standard ordlyd …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="118"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="167"/>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="168"/>
        <source>The wording you changed has not been saved. Discard the changes?</source>
        <translation>Ordlyden du endret, er ikke lagret. Vil du forkaste endringene?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="189"/>
        <source>Saved. New notices use this wording.</source>
        <translation>Lagret. Nye varsler bruker denne ordlyden.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="196"/>
        <source>Reset the wording?</source>
        <translation>Tilbakestille ordlyden?</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="197"/>
        <source>Go back to the wording shipped with the program for this language?</source>
        <translation>Gå tilbake til ordlyden som følger med programmet for dette språket?</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_delegate.py" line="140"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="94"/>
        <source>This picture is too large to show here; export it instead.</source>
        <translation>Dette bildet er for stort til å vises her; eksporter det i stedet.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="86"/>
        <source>This picture&apos;s format cannot be shown here; export it to open it elsewhere.</source>
        <translation>Dette bildeformatet kan ikke vises her; eksporter bildet for å åpne det et annet sted.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="171"/>
        <source>The file already exists; choose another name.</source>
        <translation>Filen finnes allerede; velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="45"/>
        <source>This evidence failed its integrity check: the encrypted file is damaged or was altered, so it is not shown. Do not rely on it; restore the logbook from a backup.</source>
        <translation>Dette beviset besto ikke integritetskontrollen: den krypterte filen er skadet eller endret, så den vises ikke. Ikke stol på den; gjenopprett loggboken fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="54"/>
        <source>Not checked</source>
        <translation>Ikke kontrollert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="55"/>
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="56"/>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="57"/>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="58"/>
        <source>File missing</source>
        <translation>Filen mangler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="59"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="82"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="106"/>
        <source>Camera clock was right</source>
        <translation>Kameraklokka gikk riktig</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/messages.py" line="28"/>
        <source>Something went wrong inside the program. Nothing was changed by this step. Try again; if it happens again, restart the program.</source>
        <translation>Noe gikk galt i programmet. Ingenting ble endret i dette steget. Prøv igjen; skjer det igjen, start programmet på nytt.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/messages.py" line="43"/>
        <source>Kasuhara Desktop</source>
        <translation>Kasuhara Desktop</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="22"/>
        <source>Japanese and English side by side</source>
        <translation>Japansk og engelsk side om side</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="23"/>
        <source>Japanese only</source>
        <translation>Bare japansk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="24"/>
        <source>English only</source>
        <translation>Bare engelsk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="25"/>
        <source>Norwegian only</source>
        <translation>Bare norsk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="26"/>
        <source>Japanese and Norwegian side by side</source>
        <translation>Japansk og norsk side om side</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="33"/>
        <source>the incident has not been assessed</source>
        <translation>hendelsen er ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="36"/>
        <source>the facts are not confirmed</source>
        <translation>faktaene er ikke bekreftet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="37"/>
        <source>the verdict is not harassment</source>
        <translation>konklusjonen er at det ikke er trakassering</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="38"/>
        <source>whether it could relate to a disability or a request for accommodation has not been considered (judge step)</source>
        <translation>om det kan ha sammenheng med en funksjonsnedsettelse eller en anmodning om tilrettelegging, er ikke vurdert (vurderingstrinnet)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="43"/>
        <source>it could relate to a disability or a request for accommodation: reasonable accommodation comes first, not a ban</source>
        <translation>det kan ha sammenheng med en funksjonsnedsettelse eller en anmodning om tilrettelegging: rimelig tilrettelegging kommer først, ikke et forbud</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="72"/>
        <source>The PDF could not be read for printing.</source>
        <translation>PDF-en kunne ikke leses for utskrift.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="77"/>
        <source>The printer could not be started: check that it is ready, then try again.</source>
        <translation>Skriveren kunne ikke startes: sjekk at den er klar, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="36"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="37"/>
        <source>Label: notice number</source>
        <translation>Etikett: varselnummer</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="38"/>
        <source>Number shown in the preview</source>
        <translation>Nummer som vises i forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="39"/>
        <source>Label: date</source>
        <translation>Etikett: dato</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="40"/>
        <source>Label: the person</source>
        <translation>Etikett: personen</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="41"/>
        <source>After the name (e.g. 殿)</source>
        <translation>Etter navnet (f.eks. 殿)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="42"/>
        <source>When the name is unknown</source>
        <translation>Når navnet er ukjent</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="43"/>
        <source>Label: address</source>
        <translation>Etikett: adresse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="44"/>
        <source>Label: description</source>
        <translation>Etikett: kjennetegn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="45"/>
        <source>Label: premises</source>
        <translation>Etikett: lokaler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="46"/>
        <source>Premises when none are listed</source>
        <translation>Lokaler når ingen er oppført</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="49"/>
        <source>Label: period</source>
        <translation>Etikett: periode</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="50"/>
        <source>Period with an end</source>
        <translation>Periode med sluttdato</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="51"/>
        <source>Period without an end</source>
        <translation>Periode uten sluttdato</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="52"/>
        <source>Label: reason</source>
        <translation>Etikett: begrunnelse</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="53"/>
        <source>Sentence before the facts</source>
        <translation>Setning før faktaene</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="54"/>
        <source>Sentence after the facts</source>
        <translation>Setning etter faktaene</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="55"/>
        <source>The prohibition</source>
        <translation>Forbudet</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="56"/>
        <source>Heading: breach</source>
        <translation>Overskrift: brudd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="57"/>
        <source>What happens on a breach</source>
        <translation>Hva som skjer ved brudd</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="58"/>
        <source>Heading: objections</source>
        <translation>Overskrift: innsigelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="59"/>
        <source>How to object</source>
        <translation>Slik kan man komme med innsigelser</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="60"/>
        <source>Label: where to object</source>
        <translation>Etikett: hvor innsigelser sendes</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="61"/>
        <source>Label: issued by</source>
        <translation>Etikett: utstedt av</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="62"/>
        <source>Label: company</source>
        <translation>Etikett: selskap</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="63"/>
        <source>Label: shop</source>
        <translation>Etikett: butikk</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="64"/>
        <source>Label: representative</source>
        <translation>Etikett: daglig leder</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="65"/>
        <source>Label: phone</source>
        <translation>Etikett: telefon</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="66"/>
        <source>Seal box</source>
        <translation>Stempelfelt</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="67"/>
        <source>Closing (e.g. 以上)</source>
        <translation>Avslutning (f.eks. 以上)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="68"/>
        <source>Heading: receipt</source>
        <translation>Overskrift: kvittering</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="69"/>
        <source>Receipt sentence</source>
        <translation>Kvitteringssetning</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="70"/>
        <source>Receipt: date</source>
        <translation>Kvittering: dato</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="71"/>
        <source>Receipt: name</source>
        <translation>Kvittering: navn</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="72"/>
        <source>Page footer</source>
        <translation>Bunntekst</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="26"/>
        <source>The printed PDF can be handed over in the shop (with the receipt slip signed) or sent by ordinary mail or email. It cannot be sent as paper 内容証明 (certified-content mail: Japanese text only, 20 characters × 26 lines a page, no images or tables): after issuing, save the 内容証明 text and print three copies of that. e-内容証明 (online) needs its own layout; this PDF is not made for it.</source>
        <translation>Den utskrevne PDF-en kan gis til personen i butikken (med kvitteringen underskrevet) eller sendes med vanlig post eller e-post. Den kan ikke sendes som papir-内容証明 (japansk rekommandert brev med innholdsbevis: bare japansk tekst, 20 tegn × 26 linjer per side, ingen bilder eller tabeller): lagre 内容証明-teksten etter utstedelsen og skriv ut tre eksemplarer av den. e-内容証明 (på nett) krever sitt eget oppsett; denne PDF-en er ikke laget for det.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="45"/>
        <source>Save the 内容証明 text</source>
        <translation>Lagre 内容証明-teksten</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="47"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="68"/>
        <source>内容証明 text saved to %1</source>
        <translation>内容証明-teksten er lagret i %1</translation>
    </message>
</context>
<context>
    <name>rekeyNotice</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rekey_notice.py" line="17"/>
        <source>A change of the data key was interrupted (the program stopped while it ran) and has been undone: the logbook keeps its previous key, and your previous recovery sheet is still the valid one. A recovery sheet printed by the interrupted change is void: destroy it. Change the data key again in Settings if you still want to.</source>
        <translation>En endring av datanøkkelen ble avbrutt (programmet stoppet mens den pågikk) og er angret: loggboken beholder den forrige nøkkelen, og det forrige gjenopprettingsarket gjelder fortsatt. Et gjenopprettingsark som ble skrevet ut av den avbrutte endringen, er ugyldig: makuler det. Bytt datanøkkel på nytt i Innstillinger hvis du fortsatt vil.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rekey_notice.py" line="24"/>
        <source>A change of the data key was interrupted (the program stopped while it ran) and has now been finished: the logbook uses the new key. Only the recovery sheet printed by that change opens it; the earlier sheet is void.</source>
        <translation>En endring av datanøkkelen ble avbrutt (programmet stoppet mens den pågikk) og er nå fullført: loggboken bruker den nye nøkkelen. Bare gjenopprettingsarket som ble skrevet ut ved den endringen, åpner den; det tidligere arket er ugyldig.</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rekey_notice.py" line="39"/>
        <source>Change of the data key</source>
        <translation>Bytte av datanøkkel</translation>
    </message>
</context>
<context>
    <name>rollback</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rollback_notice.py" line="20"/>
        <source>Saved work is missing</source>
        <translation>Lagret arbeid mangler</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rollback_notice.py" line="22"/>
        <source>This logbook&apos;s database is older than the last change it acknowledged: some saved work is missing (an older copy of the database was put back, or its last changes were lost after a crash). Add nothing new; restore the newest backup, and run “kasuhara verify” for the details.</source>
        <translation>Databasen i denne loggboken er eldre enn den siste endringen den bekreftet: noe lagret arbeid mangler (en eldre kopi av databasen er lagt tilbake, eller de siste endringene gikk tapt etter et krasj). Ikke legg til noe nytt; gjenopprett den nyeste sikkerhetskopien, og kjør «kasuhara verify» for detaljer.</translation>
    </message>
</context>
</TS>
