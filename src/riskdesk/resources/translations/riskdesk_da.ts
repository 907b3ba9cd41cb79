<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="36"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="37"/>
        <source>&amp;About RiskDesk…</source>
        <translation>&amp;Om RiskDesk…</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="55"/>
        <source>About RiskDesk</source>
        <translation>Om RiskDesk</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="62"/>
        <source>Case records, risk and needs assessments and action plans for crime prevention.</source>
        <translation>Sager, risiko- og behovsvurderinger og handleplaner til det kriminalpræventive arbejde.</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="69"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="71"/>
        <source>Schema revision:</source>
        <translation>Skemarevision:</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="74"/>
        <source>Municipality folder:</source>
        <translation>Kommunens mappe:</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="76"/>
        <source>The municipality&apos;s own</source>
        <translation>Kommunens egen</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="76"/>
        <source>Shipped with RiskDesk</source>
        <translation>Leveret med RiskDesk</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="77"/>
        <source>Shipped; the municipality&apos;s own fails the check</source>
        <translation>Leveret; kommunens egen fejler tjekket</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="79"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="79"/>
        <location filename="../../gui/help/about_dialog.py" line="87"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="79"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="79"/>
        <location filename="../../gui/help/about_dialog.py" line="87"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="85"/>
        <location filename="../../gui/help/about_dialog.py" line="112"/>
        <source>Instruments in use</source>
        <translation>Instrumenter i brug</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="87"/>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="97"/>
        <location filename="../../gui/help/about_dialog.py" line="120"/>
        <source>Templates in use</source>
        <translation>Skabeloner i brug</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="100"/>
        <source>A template&apos;s version is the start of the SHA-256 of its file; an approved plan records the whole of it. Files in the municipality folder replace RiskDesk&apos;s own from the next unlock.</source>
        <translation>En skabelons version er begyndelsen af filens SHA-256; en godkendt handleplan gemmer hele værdien. Filer i kommunens mappe erstatter RiskDesks egne fra næste oplåsning.</translation>
    </message>
    <message>
        <location filename="../../gui/help/about_dialog.py" line="116"/>
        <source>Not loaded: %1</source>
        <translation>Ikke indlæst: %1</translation>
    </message>
</context>
<context>
    <name>AccessInsightDialog</name>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="61"/>
        <source>Access insight</source>
        <translation>Indsigt (logudtræk)</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="69"/>
        <source>Everything the log records about this person: who viewed, changed or exported their data, their cases, assessments, plans and meetings, and searches that found them. Oldest first; click a heading to sort. Viewing this insight is itself recorded.</source>
        <translation>Alt, hvad loggen har registreret om personen: hvem der har set, ændret eller eksporteret personens oplysninger, sager, vurderinger, planer og møder, og søgninger, der har fundet personen. Ældste først; klik på en overskrift for at sortere. Også visningen af denne indsigt registreres.</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="83"/>
        <source>Logged events</source>
        <translation>Registrerede hændelser</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="96"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="98"/>
        <source>Save the log extract as a Word document</source>
        <translation>Gem logudtrækket som Word-dokument</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="138"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · CPR %2 · %3 events</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · CPR %2 · %3 hændelser</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_dialog.py" line="151"/>
        <source>Save the log extract</source>
        <translation>Gem logudtrækket</translation>
    </message>
</context>
<context>
    <name>AccessInsightTableModel</name>
    <message>
        <location filename="../../gui/access_insight/access_insight_table_model.py" line="29"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_table_model.py" line="31"/>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_table_model.py" line="33"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_table_model.py" line="35"/>
        <source>What was done</source>
        <translation>Hvad der blev gjort</translation>
    </message>
    <message>
        <location filename="../../gui/access_insight/access_insight_table_model.py" line="37"/>
        <source>Record</source>
        <translation>Vedrører</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="114"/>
        <location filename="../../gui/users/user_edit_dialogs.py" line="115"/>
        <source>Add user</source>
        <translation>Tilføj bruger</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="119"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="121"/>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="123"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="124"/>
        <source>&amp;User name:</source>
        <translation>Bruger&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="125"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Fulde navn:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="126"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="129"/>
        <source>First &amp;password:</source>
        <translation>Første &amp;adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="130"/>
        <source>First password a&amp;gain:</source>
        <translation>Første adgangskode &amp;igen:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="138"/>
        <source>Give the new user their first password in person. At their first login they choose their own, which no one else knows.</source>
        <translation>Giv den nye bruger den første adgangskode personligt. Ved første login vælger brugeren sin egen, som ingen andre kender.</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="147"/>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="157"/>
        <source>Adding the user…</source>
        <translation>Opretter brugeren…</translation>
    </message>
</context>
<context>
    <name>AgendaConcerns</name>
    <message>
        <location filename="../../gui/concerns/agenda_concerns.py" line="29"/>
        <source>Concerns on the agenda</source>
        <translation>Bekymringer på dagsordenen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/concerns/agenda_concerns.py" line="55"/>
        <source>Level-1 concerns on the agenda (%n):</source>
        <translation>
            <numerusform>Bekymringer (niveau 1) på dagsordenen (%n):</numerusform>
            <numerusform>Bekymringer (niveau 1) på dagsordenen (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="61"/>
        <location filename="../../gui/meetings/agenda_panel.py" line="81"/>
        <source>Cases on the agenda</source>
        <translation>Sager på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="63"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="63"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="63"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="63"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="69"/>
        <source>&amp;Add the selected case</source>
        <translation>Tilf&amp;øj den valgte sag</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="70"/>
        <source>Adds the case selected in the case list</source>
        <translation>Tilføjer den sag, der er valgt i sagslisten</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="72"/>
        <source>Re&amp;move case</source>
        <translation>Fje&amp;rn sag</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="109"/>
        <source>Summary for the meeting</source>
        <translation>Resumé til mødet</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="113"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="118"/>
        <location filename="../../gui/meetings/agenda_panel.py" line="126"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="121"/>
        <source>Record &amp;decision</source>
        <translation>Registrér &amp;beslutning</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="124"/>
        <source>Decisions about this case</source>
        <translation>Beslutninger om denne sag</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="126"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="126"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="132"/>
        <source>Summar&amp;y:</source>
        <translation>Res&amp;umé:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="133"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="142"/>
        <source>Decisi&amp;on:</source>
        <translation>Beslutn&amp;ing:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="147"/>
        <source>All its decisions:</source>
        <translation>Alle sagens beslutninger:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="149"/>
        <location filename="../../gui/meetings/agenda_panel.py" line="214"/>
        <source>The selected case</source>
        <translation>Den valgte sag</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/agenda_panel.py" line="218"/>
        <source>Case %1</source>
        <translation>Sag %1</translation>
    </message>
</context>
<context>
    <name>ApprovePlanDialog</name>
    <message>
        <location filename="../../gui/review/approve_plan_dialog.py" line="33"/>
        <source>Approve the action plan</source>
        <translation>Godkend handleplanen</translation>
    </message>
    <message>
        <location filename="../../gui/review/approve_plan_dialog.py" line="36"/>
        <source>You are approving %1. The approved version is frozen and its document is stored in the vault with your name. Confirm with your own password.</source>
        <translation>Du godkender %1. Den godkendte version fastlåses, og dokumentet gemmes i boksen med dit navn. Bekræft med din egen adgangskode.</translation>
    </message>
    <message>
        <location filename="../../gui/review/approve_plan_dialog.py" line="42"/>
        <source>Your password</source>
        <translation>Din adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/review/approve_plan_dialog.py" line="43"/>
        <source>Your &amp;password:</source>
        <translation>Din &amp;adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/review/approve_plan_dialog.py" line="47"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../../gui/review/approve_plan_dialog.py" line="58"/>
        <source>Checking your password and storing the approved document…</source>
        <translation>Kontrollerer din adgangskode og gemmer det godkendte dokument…</translation>
    </message>
</context>
<context>
    <name>AssessmentDomainPage</name>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="64"/>
        <source>Show &amp;help texts</source>
        <translation>Vis &amp;hjælpetekster</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="65"/>
        <source>Show help texts</source>
        <translation>Vis hjælpetekster</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="78"/>
        <source>This domain is a &amp;strength for the young person</source>
        <translation>Området er en &amp;styrke for den unge</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="81"/>
        <source>%1 is a strength</source>
        <translation>%1 er en styrke</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="94"/>
        <source>Note on %1</source>
        <translation>Note om %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="97"/>
        <source>N&amp;ote on the domain:</source>
        <translation>N&amp;ote om området:</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="142"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="143"/>
        <source>Mark the item as not answered</source>
        <translation>Markér spørgsmålet som ubesvaret</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="144"/>
        <source>Clear the answer to item %1</source>
        <translation>Ryd svaret på spørgsmål %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="156"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_domain_page.py" line="157"/>
        <source>Comment on item %1</source>
        <translation>Kommentar til spørgsmål %1</translation>
    </message>
</context>
<context>
    <name>AssessmentFactorsPage</name>
    <message>
        <location filename="../../gui/assessment/assessment_factors_page.py" line="39"/>
        <source>Extra factors and flags</source>
        <translation>Ekstra faktorer og markeringer</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_factors_page.py" line="43"/>
        <source>Extra factors count in the four-domain profile only, never in the total. A flag can raise the case level on its own.</source>
        <translation>Ekstra faktorer tæller kun med i profilen over de fire områder, aldrig i den samlede score. En markering kan i sig selv hæve sagens niveau.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_factors_page.py" line="60"/>
        <source>No extra factors in this domain.</source>
        <translation>Ingen ekstra faktorer i dette område.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_factors_page.py" line="64"/>
        <source>Escalation flags</source>
        <translation>Markeringer, der hæver niveauet</translation>
    </message>
</context>
<context>
    <name>AssessmentIntroPage</name>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="45"/>
        <source>About this instrument</source>
        <translation>Om instrumentet</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="50"/>
        <source>Assessment date</source>
        <translation>Vurderingsdato</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="53"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="55"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="57"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="58"/>
        <source>Assessment &amp;date:</source>
        <translation>Vurderings&amp;dato:</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="62"/>
        <source>Sources of information</source>
        <translation>Kilder til oplysningerne</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="87"/>
        <source>&amp;Interview with the young person</source>
        <translation>&amp;Samtale med den unge</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="89"/>
        <source>Case &amp;file</source>
        <translation>Sags&amp;akter</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="91"/>
        <source>&amp;School</source>
        <translation>S&amp;kole</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="93"/>
        <source>P&amp;olice</source>
        <translation>P&amp;oliti</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_intro_page.py" line="95"/>
        <source>&amp;Parents</source>
        <translation>&amp;Forældre</translation>
    </message>
</context>
<context>
    <name>AssessmentOverridesBox</name>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="40"/>
        <source>Professional judgement</source>
        <translation>Fagligt skøn</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="42"/>
        <source>O&amp;verride the overall risk</source>
        <translation>Ændr den samlede &amp;risiko</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="44"/>
        <source>Overall risk by professional judgement</source>
        <translation>Samlet risiko efter fagligt skøn</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="47"/>
        <source>Reason for overriding the overall risk</source>
        <translation>Begrundelse for at ændre den samlede risiko</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="48"/>
        <source>Choose another &amp;level</source>
        <translation>Vælg et andet ni&amp;veau</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="50"/>
        <source>Level by professional judgement</source>
        <translation>Niveau efter fagligt skøn</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="53"/>
        <source>Reason for choosing another level</source>
        <translation>Begrundelse for at vælge et andet niveau</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="115"/>
        <source>Write a reason for overriding the overall risk.</source>
        <translation>Skriv en begrundelse for at ændre den samlede risiko.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_overrides_box.py" line="118"/>
        <source>Write a reason for choosing another level.</source>
        <translation>Skriv en begrundelse for at vælge et andet niveau.</translation>
    </message>
</context>
<context>
    <name>AssessmentResponsivityPage</name>
    <message>
        <location filename="../../gui/assessment/assessment_responsivity_page.py" line="33"/>
        <source>Responsivity and other needs</source>
        <translation>Responsivitet og andre behov</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_responsivity_page.py" line="36"/>
        <source>These shape how to work with the young person; they do not change the score.</source>
        <translation>De påvirker, hvordan der arbejdes med den unge; de ændrer ikke scoren.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_responsivity_page.py" line="41"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_responsivity_page.py" line="59"/>
        <source>Notes on responsivity and other needs</source>
        <translation>Noter om responsivitet og andre behov</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_responsivity_page.py" line="61"/>
        <source>N&amp;otes on how to work with the young person:</source>
        <translation>N&amp;oter om, hvordan der arbejdes med den unge:</translation>
    </message>
</context>
<context>
    <name>AssessmentSummaryPage</name>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="64"/>
        <source>Summary</source>
        <translation>Opsummering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="69"/>
        <source>About this instrument</source>
        <translation>Om instrumentet</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="73"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="91"/>
        <source>Factors present per risk domain</source>
        <translation>Faktorer til stede pr. risikoområde</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="92"/>
        <source>Four-domain profile</source>
        <translation>Profil over de fire områder</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="105"/>
        <source>Why this level</source>
        <translation>Hvorfor dette niveau</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="106"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="117"/>
        <source>Unanswered items</source>
        <translation>Ubesvarede spørgsmål</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="118"/>
        <source>Why items are unanswered</source>
        <translation>Hvorfor spørgsmål er ubesvarede</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="121"/>
        <source>Some items are unanswered. Write &amp;why before finalising:</source>
        <translation>Nogle spørgsmål er ubesvarede. Skriv &amp;hvorfor, før vurderingen afsluttes:</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="128"/>
        <source>&amp;Finalise assessment</source>
        <translation>&amp;Afslut vurderingen</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="129"/>
        <source>Finalise the assessment</source>
        <translation>Afslut vurderingen</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="193"/>
        <source>at least %1</source>
        <translation>mindst %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="182"/>
        <source>Total score: %1 of %2</source>
        <translation>Samlet score: %1 af %2</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="188"/>
        <source>Total score: at least %1 of %2 (%3 items unanswered)</source>
        <translation>Samlet score: mindst %1 af %2 (%3 spørgsmål ubesvarede)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="196"/>
        <source>Overall risk: %1 by professional judgement (computed: %2)</source>
        <translation>Samlet risiko: %1 efter fagligt skøn (beregnet: %2)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="201"/>
        <source>Overall risk: %1</source>
        <translation>Samlet risiko: %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_summary_page.py" line="217"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="31"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="33"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="37"/>
        <source>Overall risk</source>
        <translation>Samlet risiko</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="39"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="41"/>
        <source>Made by</source>
        <translation>Udført af</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="46"/>
        <source>Final (corrected later)</source>
        <translation>Afsluttet (senere rettet)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="48"/>
        <source>Final</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="50"/>
        <source>Draft (correction)</source>
        <translation>Udkast (rettelse)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_table_model.py" line="51"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="86"/>
        <source>Assessment – %1</source>
        <translation>Vurdering – %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="89"/>
        <source>Assessment of %1</source>
        <translation>Vurdering af %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="96"/>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="113"/>
        <source>Save status</source>
        <translation>Gemt-status</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="114"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="115"/>
        <source>Previous step (Alt+B or Ctrl+Page Up)</source>
        <translation>Forrige trin (Alt+T eller Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="118"/>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="119"/>
        <source>Next step (Alt+N or Ctrl+Page Down)</source>
        <translation>Næste trin (Alt+N eller Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="122"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="123"/>
        <source>Save and close (Esc)</source>
        <translation>Gem og luk (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="256"/>
        <source>Not taken: %1</source>
        <translation>Ikke gemt i udkastet: %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="259"/>
        <source>Unsaved changes…</source>
        <translation>Ændringer gemmes…</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="288"/>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="273"/>
        <source>Saved at %1</source>
        <translation>Gemt kl. %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="299"/>
        <source>Finalising the assessment…</source>
        <translation>Afslutter vurderingen…</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="312"/>
        <source>Finalised.</source>
        <translation>Afsluttet.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="319"/>
        <source>Final</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="319"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="323"/>
        <source>finalised %1 by %2</source>
        <translation>afsluttet %1 af %2</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="329"/>
        <source>This assessment is final and cannot be changed. Start a correction from the assessments list to change it.</source>
        <translation>Vurderingen er afsluttet og kan ikke ændres. Start en rettelse fra listen over vurderinger for at ændre den.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessment_wizard.py" line="334"/>
        <source>corrects an earlier assessment</source>
        <translation>retter en tidligere vurdering</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="62"/>
        <location filename="../../gui/assessment/assessments_page.py" line="120"/>
        <location filename="../../gui/assessment/assessments_page.py" line="137"/>
        <location filename="../../gui/assessment/assessments_page.py" line="173"/>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="80"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Ny vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="81"/>
        <source>New assessment for this person (Ctrl+Shift+A)</source>
        <translation>Ny vurdering af personen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="83"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="84"/>
        <source>Continue a draft, or view a final assessment</source>
        <translation>Fortsæt et udkast, eller se en afsluttet vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="85"/>
        <source>Open the selected assessment</source>
        <translation>Åbn den valgte vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="87"/>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="88"/>
        <source>Start a correction of the final assessment</source>
        <translation>Start en rettelse af den afsluttede vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="89"/>
        <source>Correct the selected assessment</source>
        <translation>Ret den valgte vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="91"/>
        <source>Co&amp;mpare</source>
        <translation>Sa&amp;mmenlign</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="93"/>
        <source>Compare the two selected assessments, or the selected one with the one before</source>
        <translation>Sammenlign de to valgte vurderinger, eller den valgte med den forrige</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="95"/>
        <source>Compare assessments</source>
        <translation>Sammenlign vurderinger</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="139"/>
        <source>Choose a case in the case list; its person&apos;s assessments are shown here.</source>
        <translation>Vælg en sag i sagslisten; personens vurderinger vises her.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="161"/>
        <source>Assessments of %1 (case %2)</source>
        <translation>Vurderinger af %1 (sag %2)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="166"/>
        <source>Enter opens; select two with Shift or Ctrl to compare them.</source>
        <translation>Enter åbner; vælg to med Shift eller Ctrl for at sammenligne dem.</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/assessments_page.py" line="220"/>
        <source>Choose a case in the case list first.</source>
        <translation>Vælg først en sag i sagslisten.</translation>
    </message>
</context>
<context>
    <name>BackupScheduleBox</name>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="33"/>
        <source>Scheduled backups</source>
        <translation>Planlagte sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="35"/>
        <source>Back up every so many days</source>
        <translation>Sikkerhedskopiér med så mange dages mellemrum</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="37"/>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="40"/>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="41"/>
        <source>No folder: no scheduled backups</source>
        <translation>Ingen mappe: ingen planlagte sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="42"/>
        <source>B&amp;rowse…</source>
        <translation>Gen&amp;nemse…</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="43"/>
        <source>Browse for the backup folder</source>
        <translation>Find mappen til sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="46"/>
        <source>Backups to keep</source>
        <translation>Antal sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="51"/>
        <source>Taken when an administrator or supervisor unlocks the vault and the last backup is older than this. It is encrypted as the vault is.</source>
        <translation>Tages, når en administrator eller leder låser boksen op, og den seneste sikkerhedskopi er ældre end dette. Den er krypteret ligesom boksen.</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="63"/>
        <source>Back up &amp;every:</source>
        <translation>Sikkerhedskopiér &amp;hver:</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="64"/>
        <source>To &amp;folder:</source>
        <translation>Til &amp;mappe:</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="65"/>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Behold de seneste:</translation>
    </message>
    <message>
        <location filename="../../gui/backup/backup_schedule_box.py" line="78"/>
        <source>Folder for scheduled backups</source>
        <translation>Mappe til planlagte sikkerhedskopier</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../gui/widgets/busy_dialog.py" line="17"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
</context>
<context>
    <name>CaFileOffer</name>
    <message>
        <location filename="../../gui/session/ca_file_offer.py" line="23"/>
        <source>Choose the team server&apos;s CA &amp;file…</source>
        <translation>Vælg teamserverens CA-&amp;fil…</translation>
    </message>
    <message>
        <location filename="../../gui/session/ca_file_offer.py" line="33"/>
        <source>The team server&apos;s CA file</source>
        <translation>Teamserverens CA-fil</translation>
    </message>
    <message>
        <location filename="../../gui/session/ca_file_offer.py" line="35"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/session/ca_file_offer.py" line="42"/>
        <source>The CA file is saved in your settings. Unlock again.</source>
        <translation>CA-filen er gemt i dine indstillinger. Lås op igen.</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="245"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="249"/>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="254"/>
        <source>&amp;Kind:</source>
        <translation>Sags&amp;type:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="256"/>
        <source>&amp;Referred by:</source>
        <translation>&amp;Henvist af:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="259"/>
        <source>Le&amp;gal basis for sharing:</source>
        <translation>Hje&amp;mmel til videregivelse:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="262"/>
        <source>No&amp;te on the legal basis:</source>
        <translation>N&amp;ote om hjemmel:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="268"/>
        <source>Opene&amp;d on:</source>
        <translation>Op&amp;rettet den:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="270"/>
        <source>Notes on the ca&amp;se:</source>
        <translation>Noter om &amp;sagen:</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="79"/>
        <source>Name, CPR number or case number</source>
        <translation>Navn, CPR-nummer eller sagsnummer</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="80"/>
        <source>Search cases</source>
        <translation>Søg i sager</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="83"/>
        <source>&amp;Search:</source>
        <translation>Sø&amp;g:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="86"/>
        <source>&amp;New person and case</source>
        <translation>&amp;Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="87"/>
        <source>New person and case</source>
        <translation>Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="89"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="90"/>
        <source>Open the selected case</source>
        <translation>Åbn den valgte sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="96"/>
        <location filename="../../gui/cases/case_list_page.py" line="162"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_list_page.py" line="302"/>
        <source>Reading every case…</source>
        <translation>Læser alle sager…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cases/case_list_page.py" line="306"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln sag</numerusform>
            <numerusform>%Ln sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="45"/>
        <source>Case no.</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="47"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="49"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="51"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="53"/>
        <source>Kind</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="57"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="59"/>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="61"/>
        <source>Release deadlines</source>
        <translation>Løsladelsesfrister</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_table_model.py" line="263"/>
        <source>Overdue release deadlines:</source>
        <translation>Overskredne løsladelsesfrister:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cases/case_table_model.py" line="293"/>
        <location filename="../../gui/cases/case_table_model.py" line="306"/>
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n overskredet</numerusform>
            <numerusform>⚠ %n overskredne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="60"/>
        <location filename="../../gui/session/change_password_dialog.py" line="81"/>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="62"/>
        <source>Current password</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="63"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="64"/>
        <source>Repeat new password</source>
        <translation>Gentag ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="67"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="68"/>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="69"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Gentag ny adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="89"/>
        <source>The other users&apos; passwords are not affected.</source>
        <translation>De andre brugeres adgangskoder berøres ikke.</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="110"/>
        <source>The two new passwords are not the same.</source>
        <translation>De to nye adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="129"/>
        <source>Changing the password…</source>
        <translation>Skifter adgangskoden…</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="171"/>
        <location filename="../../gui/users/user_edit_dialogs.py" line="172"/>
        <source>Change role</source>
        <translation>Skift rolle</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="177"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="179"/>
        <source>&amp;Role of %1:</source>
        <translation>&amp;Rolle for %1:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="183"/>
        <source>A caseworker works in cases; a supervisor also approves plans; an administrator manages users and does no casework.</source>
        <translation>En sagsbehandler arbejder i sagerne; en leder godkender også planer; en administrator administrerer brugere og arbejder ikke i sagerne.</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="193"/>
        <source>Changing the role…</source>
        <translation>Skifter rolle…</translation>
    </message>
</context>
<context>
    <name>ChartWithNumbers</name>
    <message>
        <location filename="../../gui/statistics/statistics_charts.py" line="59"/>
        <source>Numbers: %1</source>
        <translation>Tal: %1</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_charts.py" line="65"/>
        <location filename="../../gui/statistics/statistics_charts.py" line="152"/>
        <source>Show numbers</source>
        <translation>Vis tal</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_charts.py" line="152"/>
        <source>Show chart</source>
        <translation>Vis diagram</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="47"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="47"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="47"/>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="74"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="65"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="68"/>
        <source>(not decided)</source>
        <translation>(ikke aftalt)</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="71"/>
        <source>Owner: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_checklist.py" line="73"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>CitizenSection</name>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="65"/>
        <source>No mentor course (name the mentor below)</source>
        <translation>Intet mentorforløb (skriv mentorens navn nedenfor)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="73"/>
        <source>Mentor &amp;course:</source>
        <translation>Mentor&amp;forløb:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="75"/>
        <source>Name of the mentor, if there is one</source>
        <translation>Mentorens navn, hvis der er en</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="77"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="79"/>
        <source>The &amp;citizen&apos;s view:</source>
        <translation>&amp;Borgerens egen vurdering:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="81"/>
        <source>The &amp;parents&apos; view:</source>
        <translation>&amp;Forældrenes vurdering:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="96"/>
        <source>A&amp;greement:</source>
        <translation>&amp;Tilslutning:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_citizen.py" line="100"/>
        <source>&amp;Note on agreement:</source>
        <translation>&amp;Note om tilslutning:</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../gui/cases/close_case_dialog.py" line="60"/>
        <location filename="../../gui/cases/close_case_dialog.py" line="97"/>
        <source>Close case</source>
        <translation>Luk sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/close_case_dialog.py" line="67"/>
        <source>Closing date</source>
        <translation>Lukkedato</translation>
    </message>
    <message>
        <location filename="../../gui/cases/close_case_dialog.py" line="70"/>
        <source>Reason for closing</source>
        <translation>Årsag til lukning</translation>
    </message>
    <message>
        <location filename="../../gui/cases/close_case_dialog.py" line="72"/>
        <source>Closing &amp;date:</source>
        <translation>Luk&amp;kedato:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/close_case_dialog.py" line="74"/>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/close_case_dialog.py" line="79"/>
        <source>Outcome at closing</source>
        <translation>Udfald ved lukning</translation>
    </message>
    <message>
        <location filename="../../gui/cases/close_case_dialog.py" line="83"/>
        <source>A new charge or conviction during the case, and how things went. Leave what you do not know as unknown.</source>
        <translation>Ny sigtelse eller dom under sagen, og hvordan det er gået. Lad det, du ikke ved, stå som ukendt.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../gui/importing/column_mapping_dialog.py" line="37"/>
        <source>Columns RiskDesk does not know</source>
        <translation>Kolonner, RiskDesk ikke kender</translation>
    </message>
    <message>
        <location filename="../../gui/importing/column_mapping_dialog.py" line="41"/>
        <source>These columns have headers RiskDesk does not know. Choose what each one holds, or leave it ignored: an ignored column is not read.</source>
        <translation>Disse kolonner har overskrifter, RiskDesk ikke kender. Vælg, hvad hver af dem indeholder, eller lad den være ignoreret: en ignoreret kolonne bliver ikke læst.</translation>
    </message>
    <message>
        <location filename="../../gui/importing/column_mapping_dialog.py" line="51"/>
        <source>Ignore</source>
        <translation>Ignorér</translation>
    </message>
    <message>
        <location filename="../../gui/importing/column_mapping_dialog.py" line="55"/>
        <source>Column %1: %2</source>
        <translation>Kolonne %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/importing/column_mapping_dialog.py" line="67"/>
        <source>Use these columns</source>
        <translation>Brug disse kolonner</translation>
    </message>
</context>
<context>
    <name>ConcernActions</name>
    <message>
        <location filename="../../gui/concerns/concern_actions.py" line="41"/>
        <source>Close concern</source>
        <translation>Luk bekymring</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_actions.py" line="42"/>
        <source>Reason for closing %1:</source>
        <translation>Årsag til at lukke %1:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_actions.py" line="81"/>
        <location filename="../../gui/concerns/concern_actions.py" line="91"/>
        <source>Put on agenda</source>
        <translation>Sæt på dagsorden</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_actions.py" line="82"/>
        <source>There is no coming coordination meeting. Plan one on the Meetings page.</source>
        <translation>Der er intet kommende koordinationsmøde. Planlæg et på siden Møder.</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_actions.py" line="92"/>
        <source>Meeting for %1:</source>
        <translation>Møde til %1:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_actions.py" line="147"/>
        <source>Escalate %1 to a case</source>
        <translation>Gør %1 til en sag</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_actions.py" line="152"/>
        <source>Enter the person now. Saving makes the case and links the concern to it; nothing about the person is written into the concern.</source>
        <translation>Indtast borgeren nu. Når du gemmer, oprettes sagen, og bekymringen knyttes til den; intet om borgeren skrives i bekymringen.</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="60"/>
        <source>New concern (level 1)</source>
        <translation>Ny bekymring (niveau 1)</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="68"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="70"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="72"/>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="74"/>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="76"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="80"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="85"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="89"/>
        <source>A level-1 concern is never about a named person. Do not write names, nicknames, CPR numbers, birth dates, addresses, phone numbers or e-mail addresses in the note: RiskDesk refuses numbers and dates it recognises, but it cannot recognise a name. At most %1 characters.</source>
        <translation>En bekymring på niveau 1 handler aldrig om en navngiven person. Skriv ikke navne, kælenavne, CPR-numre, fødselsdatoer, adresser, telefonnumre eller e-mailadresser i noten: RiskDesk afviser de numre og datoer, den genkender, men den kan ikke genkende et navn. Højst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="100"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="101"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="102"/>
        <source>A&amp;ge band:</source>
        <translation>&amp;Aldersgruppe:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="103"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Køn:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="104"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="105"/>
        <source>So&amp;urce:</source>
        <translation>K&amp;ilde:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="106"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concern_dialog.py" line="115"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="71"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="73"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="74"/>
        <source>All topics</source>
        <translation>Alle emner</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="75"/>
        <location filename="../../gui/concerns/concerns_page.py" line="118"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="76"/>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="77"/>
        <location filename="../../gui/concerns/concerns_page.py" line="121"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="79"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="82"/>
        <location filename="../../gui/concerns/concerns_page.py" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="90"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="91"/>
        <source>T&amp;o:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="92"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="93"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="94"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="104"/>
        <source>Level-1 concerns are kept without names: no name, CPR number, birth date, address or contact details. A concern that needs a case file is escalated to a case.</source>
        <translation>Bekymringer på niveau 1 gemmes uden navne: intet navn, CPR-nummer, fødselsdato, adresse eller kontaktoplysninger. En bekymring, der kræver en sag, gøres til en sag.</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="113"/>
        <location filename="../../gui/concerns/concerns_page.py" line="170"/>
        <source>Concerns</source>
        <translation>Bekymringer</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="116"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="117"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="119"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="120"/>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="122"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="124"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="125"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="138"/>
        <source>&amp;New concern…</source>
        <translation>&amp;Ny bekymring…</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="140"/>
        <source>Put on a&amp;genda…</source>
        <translation>Sæt på &amp;dagsorden…</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="142"/>
        <source>Take off agen&amp;da</source>
        <translation>Tag af dagso&amp;rden</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="144"/>
        <source>C&amp;lose…</source>
        <translation>&amp;Luk…</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="146"/>
        <source>&amp;Escalate to case…</source>
        <translation>&amp;Gør til sag…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/concerns/concerns_page.py" line="255"/>
        <source>%n concerns</source>
        <translation>
            <numerusform>%n bekymring</numerusform>
            <numerusform>%n bekymringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="313"/>
        <source>Concern saved.</source>
        <translation>Bekymringen er gemt.</translation>
    </message>
    <message>
        <location filename="../../gui/concerns/concerns_page.py" line="320"/>
        <source>The concern was escalated to a case.</source>
        <translation>Bekymringen er gjort til en sag.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="68"/>
        <source>RiskDesk – new vault</source>
        <translation>RiskDesk – ny boks</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="73"/>
        <source>Create a new vault</source>
        <translation>Opret ny boks</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="77"/>
        <source>The vault keeps your unit&apos;s records encrypted. You become its administrator and add the other users. If the only administrator forgets the password, nobody can open the vault again.</source>
        <translation>Boksen gemmer enhedens sager krypteret. Du bliver dens administrator og opretter de andre brugere. Glemmer den eneste administrator adgangskoden, kan ingen åbne boksen igen.</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="84"/>
        <source>Vault file</source>
        <translation>Boksfil</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="86"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="87"/>
        <source>Browse for a place for the new vault</source>
        <translation>Vælg, hvor den nye boks skal ligge</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="94"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="96"/>
        <source>Small letters a–z, digits, dot, dash or underscore; you log in with it.</source>
        <translation>Små bogstaver a–z, tal, punktum, bindestreg eller understreg; du logger ind med det.</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="100"/>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="101"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="107"/>
        <source>Password strength</source>
        <translation>Adgangskodens styrke</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="108"/>
        <source>Repeat password</source>
        <translation>Gentag adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="129"/>
        <source>&amp;Vault file:</source>
        <translation>&amp;Boksfil:</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="133"/>
        <source>&amp;User name:</source>
        <translation>Bruger&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="137"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Fulde navn:</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="141"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="145"/>
        <source>&amp;Repeat password:</source>
        <translation>Gen&amp;tag adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="152"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Opret boks</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="157"/>
        <source>Restore from &amp;backup…</source>
        <translation>Gendan fra sikkerheds&amp;kopi…</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="219"/>
        <source>Where should the new vault go?</source>
        <translation>Hvor skal den nye boks ligge?</translation>
    </message>
    <message>
        <location filename="../../gui/session/create_vault_dialog.py" line="258"/>
        <source>Creating the vault…</source>
        <translation>Opretter boksen…</translation>
    </message>
</context>
<context>
    <name>DecisionDetails</name>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="25"/>
        <source>Responsible for the decision</source>
        <translation>Ansvarlig for beslutningen</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="26"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="28"/>
        <source>Budget for the decision</source>
        <translation>Budget for beslutningen</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="29"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="33"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="34"/>
        <source>&amp;Carry into the plan</source>
        <translation>Overfør til &amp;handleplan</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="36"/>
        <source>Puts the recorded decision into the case&apos;s action plan as an action</source>
        <translation>Sætter den noterede beslutning ind i sagens handleplan som en handling</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/decision_details.py" line="39"/>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
</context>
<context>
    <name>DecisionsEditor</name>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="39"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="40"/>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="64"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="41"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="42"/>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="73"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="43"/>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="69"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="45"/>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="46"/>
        <source>Add decision</source>
        <translation>Tilføj beslutning</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="47"/>
        <source>Remove decision</source>
        <translation>Fjern beslutning</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="123"/>
        <source>Add decisions to the action &amp;plan</source>
        <translation>Føj beslutningerne til &amp;handleplanen</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="125"/>
        <source>Save the meeting and add each decision as an action in the case&apos;s plan</source>
        <translation>Gem mødet, og tilføj hver beslutning som en handling i sagens plan</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="133"/>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="137"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="139"/>
        <source>Ne&amp;xt meeting:</source>
        <translation>&amp;Næste møde:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_decisions.py" line="140"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
</context>
<context>
    <name>DeletionConfirmation</name>
    <message>
        <location filename="../../gui/retention/deletion_confirmation.py" line="16"/>
        <location filename="../../gui/retention/deletion_confirmation.py" line="32"/>
        <source>Delete for good</source>
        <translation>Slet for altid</translation>
    </message>
    <message>
        <location filename="../../gui/retention/deletion_confirmation.py" line="17"/>
        <source>Delete %1 case(s) for good?</source>
        <translation>Slet %1 sag(er) for altid?</translation>
    </message>
    <message>
        <location filename="../../gui/retention/deletion_confirmation.py" line="23"/>
        <source>Each case is deleted with its assessments, every version of its action plan, its release meeting and its entries on meeting agendas; a person with no other case is deleted too.</source>
        <translation>Hver sag slettes med sine vurderinger, alle versioner af handleplanen, løsladelsesmødet og sine punkter på mødernes dagsordener; en person uden andre sager slettes også.</translation>
    </message>
    <message>
        <location filename="../../gui/retention/deletion_confirmation.py" line="27"/>
        <source>A deletion cannot be undone except from a backup.</source>
        <translation>En sletning kan ikke fortrydes – kun hentes tilbage fra en sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>DocumentExportDialog</name>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="117"/>
        <source>Save document</source>
        <translation>Gem dokument</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="122"/>
        <source>The Word document is NOT encrypted. It is saved outside the vault, where anyone with access to the folder can read it. Save it only where the person&apos;s data may be kept, and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>Word-dokumentet er IKKE krypteret. Det gemmes uden for boksen, hvor alle med adgang til mappen kan læse det. Gem det kun et sted, hvor personens oplysninger må opbevares, og slet det, når der ikke længere er brug for det. Eksporten registreres i loggen.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="132"/>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="134"/>
        <source>Save &amp;as:</source>
        <translation>Gem &amp;som:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="136"/>
        <source>&amp;Browse…</source>
        <translation>Ge&amp;nnemse…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="144"/>
        <source>Also save as &amp;PDF (needs LibreOffice)</source>
        <translation>Gem også som &amp;PDF (kræver LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="155"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="158"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="201"/>
        <source>Choose where to save the document.</source>
        <translation>Vælg, hvor dokumentet skal gemmes.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="206"/>
        <source>%1 is a folder. Add a file name.</source>
        <translation>%1 er en mappe. Tilføj et filnavn.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="211"/>
        <source>%1 already exists. Click Save again to replace it.</source>
        <translation>%1 findes allerede. Klik på Gem igen for at erstatte den.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="232"/>
        <source>Saving the document…</source>
        <translation>Gemmer dokumentet…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="262"/>
        <source>Saved %1 (not encrypted).</source>
        <translation>%1 er gemt (ikke krypteret).</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="264"/>
        <source>PDF saved as %1.</source>
        <translation>PDF gemt som %1.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="277"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>DomainScoreTable</name>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="32"/>
        <source>Domain scores</source>
        <translation>Score pr. område</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="35"/>
        <source>Domain</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="36"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="37"/>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="38"/>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="39"/>
        <source>Unanswered</source>
        <translation>Ubesvarede</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="62"/>
        <source>at least %1</source>
        <translation>mindst %1</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/domain_score_table.py" line="63"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>EndMentorCourseDialog</name>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="194"/>
        <source>End mentor course</source>
        <translation>Afslut mentorforløb</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="196"/>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="198"/>
        <source>Reason for ending</source>
        <translation>Årsag til afslutning</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="202"/>
        <source>Reoffended during the course</source>
        <translation>Ny kriminalitet under forløbet</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="208"/>
        <source>Date of reoffending</source>
        <translation>Dato for ny kriminalitet</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="211"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="212"/>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="213"/>
        <source>&amp;End date:</source>
        <translation>&amp;Slutdato:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="214"/>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="215"/>
        <source>Re&amp;offended during the course:</source>
        <translation>Ny &amp;kriminalitet under forløbet:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="216"/>
        <source>&amp;Date of reoffending:</source>
        <translation>&amp;Dato for ny kriminalitet:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="217"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="218"/>
        <source>End course</source>
        <translation>Afslut forløbet</translation>
    </message>
</context>
<context>
    <name>FollowUpDates</name>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="44"/>
        <source>Follow-up dates</source>
        <translation>Opfølgningsdatoer</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="49"/>
        <source>New follow-up date</source>
        <translation>Ny opfølgningsdato</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="50"/>
        <source>Add &amp;date</source>
        <translation>Tilføj &amp;dato</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="53"/>
        <source>Remove date</source>
        <translation>Fjern dato</translation>
    </message>
</context>
<context>
    <name>FourDomainChart</name>
    <message>
        <location filename="../../gui/assessment/four_domain_chart.py" line="60"/>
        <source>Four-domain profile</source>
        <translation>Profil over de fire områder</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/four_domain_chart.py" line="85"/>
        <source>Factors present</source>
        <translation>Faktorer til stede</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="39"/>
        <source>Add &amp;goal</source>
        <translation>Tilføj &amp;mål</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="40"/>
        <source>Add &amp;action</source>
        <translation>Tilføj &amp;handling</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="41"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="42"/>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="43"/>
        <source>Mo&amp;ve down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="183"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="178"/>
        <location filename="../../gui/plans/plan_editor_goals.py" line="182"/>
        <source>Goal %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_goals.py" line="179"/>
        <source>, action %1</source>
        <translation>, handling %1</translation>
    </message>
</context>
<context>
    <name>GoalsTree</name>
    <message>
        <location filename="../../gui/plans/plan_goals_tree.py" line="34"/>
        <source>Goals and actions</source>
        <translation>Mål og handlinger</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_goals_tree.py" line="36"/>
        <source>Goal / action</source>
        <translation>Mål/handling</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_goals_tree.py" line="36"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_goals_tree.py" line="36"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_goals_tree.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_goals_tree.py" line="145"/>
        <source>(no description)</source>
        <translation>(ingen beskrivelse)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_goals_tree.py" line="147"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
</context>
<context>
    <name>GuardiansEditor</name>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="42"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="42"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="42"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="42"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="44"/>
        <source>Guardians</source>
        <translation>Forældremyndighedsindehavere</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="60"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="61"/>
        <location filename="../../gui/cases/guardians_editor.py" line="62"/>
        <source>Add guardian</source>
        <translation>Tilføj forældremyndighedsindehaver</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="65"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../gui/cases/guardians_editor.py" line="66"/>
        <location filename="../../gui/cases/guardians_editor.py" line="67"/>
        <source>Remove guardian</source>
        <translation>Fjern forældremyndighedsindehaver</translation>
    </message>
</context>
<context>
    <name>HalfYearTextsEditor</name>
    <message>
        <location filename="../../gui/statistics/half_year_texts_editor.py" line="35"/>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/half_year_texts_editor.py" line="42"/>
        <source>Text of the section</source>
        <translation>Afsnittets tekst</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/half_year_texts_editor.py" line="45"/>
        <source>Write about the unit&apos;s work, never about a person. A blank line starts a new paragraph. An empty section is printed as a placeholder to write over.</source>
        <translation>Skriv om enhedens arbejde, aldrig om en person. En tom linje begynder et nyt afsnit. Et tomt afsnit udskrives som en pladsholder, der kan skrives over.</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/half_year_texts_editor.py" line="51"/>
        <source>Kept for the period on show; the next period starts from the last texts.</source>
        <translation>Gemmes for den viste periode; næste periode begynder med de seneste tekster.</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/half_year_texts_editor.py" line="54"/>
        <source>&amp;Save texts</source>
        <translation>&amp;Gem tekster</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="99"/>
        <source>Import cases from a spreadsheet</source>
        <translation>Importér sager fra et regneark</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="104"/>
        <source>Each row becomes a person with one case. The first row holds the headers: navn, cpr or fødselsdato, niveau, and if you have them sagstype, oprettet, sagsbehandler, henvisning, status and lukket (or the same in English). Every row is checked as the case editor checks it, and nothing is saved before you have seen the report.</source>
        <translation>Hver række bliver en person med én sag. Første række er overskrifterne: navn, cpr eller fødselsdato, niveau og, hvis I har dem, sagstype, oprettet, sagsbehandler, henvisning, status og lukket (eller det samme på engelsk). Hver række kontrolleres, som sagsvinduet kontrollerer den, og intet gemmes, før du har set rapporten.</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="116"/>
        <source>Spreadsheet</source>
        <translation>Regneark</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="117"/>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="118"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="132"/>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="132"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="132"/>
        <source>Problem</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="142"/>
        <source>Rows with problems</source>
        <translation>Rækker med fejl</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="144"/>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Spring rækkerne med fejl over, og importér de andre</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="152"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="178"/>
        <source>Reading the spreadsheet…</source>
        <translation>Læser regnearket…</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="206"/>
        <source>Checking every row…</source>
        <translation>Kontrollerer hver række…</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="258"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="66"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="68"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="69"/>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="70"/>
        <location filename="../../gui/inquiries/inquiries_page.py" line="96"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="71"/>
        <source>All sources</source>
        <translation>Alle kilder</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="72"/>
        <location filename="../../gui/inquiries/inquiries_page.py" line="97"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="80"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="81"/>
        <source>T&amp;o:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="82"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="83"/>
        <source>So&amp;urce:</source>
        <translation>Kil&amp;de:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="92"/>
        <location filename="../../gui/inquiries/inquiries_page.py" line="135"/>
        <source>Inquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="95"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="98"/>
        <source>Received by</source>
        <translation>Modtaget af</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="99"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="100"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="113"/>
        <source>&amp;New inquiry…</source>
        <translation>&amp;Ny henvendelse…</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="115"/>
        <source>Create as &amp;concern…</source>
        <translation>Opret som &amp;bekymring…</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="117"/>
        <source>Create as c&amp;ase…</source>
        <translation>Opret som s&amp;ag…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/inquiries/inquiries_page.py" line="192"/>
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n henvendelse</numerusform>
            <numerusform>%n henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiries_page.py" line="244"/>
        <source>Inquiry saved.</source>
        <translation>Henvendelsen er gemt.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="60"/>
        <source>New inquiry</source>
        <translation>Ny henvendelse</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="67"/>
        <source>Date received</source>
        <translation>Modtaget dato</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="69"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="71"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="74"/>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="75"/>
        <source>optional, e.g. 2026-0012</source>
        <translation>valgfrit, f.eks. 2026-0012</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="78"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="82"/>
        <source>Do not write names, CPR numbers, birth dates, addresses, phone numbers or e-mail addresses in the note. Link the case instead. At most %1 characters.</source>
        <translation>Skriv ikke navne, CPR-numre, fødselsdatoer, adresser, telefonnumre eller e-mailadresser i noten. Knyt sagen til i stedet. Højst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="92"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="93"/>
        <source>&amp;Source:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="94"/>
        <source>Received by:</source>
        <translation>Modtaget af:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="95"/>
        <source>&amp;Case number:</source>
        <translation>&amp;Sagsnummer:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="96"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../gui/inquiries/inquiry_dialog.py" line="102"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>InstrumentTitle</name>
    <message>
        <location filename="../../gui/assessment/instrument_title.py" line="26"/>
        <source>%1, version %2 (not in the forms folder)</source>
        <translation>%1, version %2 (findes ikke blandt skemafilerne)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/instrument_title.py" line="36"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../gui/session/integrity_check.py" line="49"/>
        <source>The vault is intact.</source>
        <translation>Boksen er intakt.</translation>
    </message>
    <message>
        <location filename="../../gui/session/integrity_check.py" line="51"/>
        <source>The check could not be completed. Try again after unlocking.</source>
        <translation>Kontrollen kunne ikke gennemføres. Prøv igen, når boksen er låst op.</translation>
    </message>
    <message>
        <location filename="../../gui/session/integrity_check.py" line="53"/>
        <source>The check found %1 problems. Restore the vault from a backup and contact support.</source>
        <translation>Kontrollen fandt %1 fejl. Gendan boksen fra en sikkerhedskopi, og kontakt support.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="67"/>
        <source>New journal entry</source>
        <translation>Nyt journalnotat</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="73"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="78"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="89"/>
        <source>Other participants</source>
        <translation>Andre deltagere</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="90"/>
        <source>Anyone else, e.g. an uncle or a coach</source>
        <translation>Andre, fx en onkel eller en træner</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="94"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="95"/>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="96"/>
        <source>Concern talk after the police daily report</source>
        <translation>Bekymringssamtale efter døgnrapport</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="99"/>
        <source>Fill in a concern talk with the parents after the police daily report</source>
        <translation>Udfyld en bekymringssamtale med forældrene efter politiets døgnrapport</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="114"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="115"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="116"/>
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="117"/>
        <source>&amp;Others:</source>
        <translation>A&amp;ndre:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="118"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="119"/>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Opfølgning:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_entry_dialog.py" line="126"/>
        <source>Save entry</source>
        <translation>Gem notat</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="57"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="69"/>
        <source>Case journal, newest first</source>
        <translation>Sagsjournal, nyeste først</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="72"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="73"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="74"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="75"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="76"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="94"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Nyt notat…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="96"/>
        <source>Concern talk after daily report…</source>
        <translation>Bekymringssamtale efter døgnrapport…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="99"/>
        <source>A concern talk with the parents after the police daily report, filled in</source>
        <translation>En bekymringssamtale med forældrene efter politiets døgnrapport, udfyldt på forhånd</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="101"/>
        <source>Follow-up &amp;done</source>
        <translation>Opfølgning &amp;udført</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="102"/>
        <source>O&amp;utcome…</source>
        <translation>Ud&amp;fald…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="174"/>
        <source>%1 (done)</source>
        <translation>%1 (udført)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="180"/>
        <source>Outcomes: when the case is closed</source>
        <translation>Udfald: når sagen er lukket</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="184"/>
        <source>at closing</source>
        <translation>ved lukning</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="185"/>
        <source>6 months</source>
        <translation>6 mdr.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="186"/>
        <source>12 months</source>
        <translation>12 mdr.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/journal_panel.py" line="190"/>
        <source>Outcomes: %1</source>
        <translation>Udfald: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="100"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="158"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Change &amp;password…</source>
        <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>&amp;Users…</source>
        <translation>&amp;Brugere…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>&amp;Check vault integrity</source>
        <translation>&amp;Kontrollér boksen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>&amp;Backup…</source>
        <translation>Sikker&amp;hedskopi…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>&amp;Cases</source>
        <translation>&amp;Sager</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="180"/>
        <source>&amp;New person and case…</source>
        <translation>&amp;Ny borger og sag…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>New &amp;inquiry…</source>
        <translation>Ny &amp;henvendelse…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="194"/>
        <source>New &amp;concern (level 1)…</source>
        <translation>Ny &amp;bekymring (niveau 1)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="197"/>
        <source>Access &amp;insight…</source>
        <translation>&amp;Indsigt (logudtræk)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="200"/>
        <source>Who looked at or changed the selected person&apos;s data, and when</source>
        <translation>Hvem der har set eller ændret den valgte persons oplysninger, og hvornår</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="203"/>
        <source>&amp;Assessments</source>
        <translation>&amp;Vurderinger</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny vurdering…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="209"/>
        <source>&amp;Assessments of the selected case</source>
        <translation>&amp;Vurderinger for den valgte sag</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>&amp;Plans</source>
        <translation>&amp;Planer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="215"/>
        <source>Action &amp;plan of the selected case</source>
        <translation>&amp;Handleplan for den valgte sag</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218"/>
        <source>&amp;Create or edit the action plan…</source>
        <translation>&amp;Opret eller redigér handleplanen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="221"/>
        <source>E&amp;xport the action plan…</source>
        <translation>&amp;Eksportér handleplanen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>RiskDesk – %1 – %2 (%3)</source>
        <translation>RiskDesk – %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>Unlocked.</source>
        <translation>Låst op.</translation>
    </message>
    <message>
        <location filename="../../gui/menu_actions.py" line="45"/>
        <source>%1 form file(s) could not be loaded: %2. First problem: %3, %4: %5</source>
        <translation>%1 skemafil(er) kunne ikke indlæses: %2. Første problem: %3, %4: %5</translation>
    </message>
    <message>
        <location filename="../../gui/session/change_password_dialog.py" line="42"/>
        <source>Your password is changed.</source>
        <translation>Din adgangskode er ændret.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307"/>
        <source>Checking the vault page by page…</source>
        <translation>Kontrollerer boksen side for side…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>Select a case in the case list first.</source>
        <translation>Vælg først en sag i sagslisten.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="392"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionsLabel</name>
    <message>
        <location filename="../../gui/plans/meeting_decisions_label.py" line="30"/>
        <location filename="../../gui/plans/meeting_decisions_label.py" line="49"/>
        <source>Meeting decisions</source>
        <translation>Mødebeslutninger</translation>
    </message>
    <message>
        <location filename="../../gui/plans/meeting_decisions_label.py" line="47"/>
        <source>… and %1 more on the Meetings page</source>
        <translation>… og %1 mere på siden Møder</translation>
    </message>
</context>
<context>
    <name>MeetingExports</name>
    <message>
        <location filename="../../gui/meetings/meeting_exports.py" line="35"/>
        <source>Export the agenda</source>
        <translation>Eksportér dagsordenen</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_exports.py" line="36"/>
        <source>Export the pseudonymised agenda</source>
        <translation>Eksportér den pseudonymiserede dagsorden</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_exports.py" line="37"/>
        <source>Export the minutes</source>
        <translation>Eksportér referatet</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_exports.py" line="39"/>
        <source>Export &amp;agenda…</source>
        <translation>Eksportér d&amp;agsorden…</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_exports.py" line="40"/>
        <source>Export &amp;pseudonymised agenda…</source>
        <translation>Eksportér &amp;pseudonymiseret dagsorden…</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_exports.py" line="41"/>
        <source>Export m&amp;inutes…</source>
        <translation>Eksportér r&amp;eferat…</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="54"/>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="57"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="70"/>
        <source>One per line: name; organisation or role</source>
        <translation>Én pr. linje: navn; organisation eller rolle</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="75"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="76"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="77"/>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="78"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="79"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="82"/>
        <source>School district or area</source>
        <translation>Skoledistrikt eller område</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="91"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="94"/>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="96"/>
        <source>Ar&amp;ea:</source>
        <translation>O&amp;mråde:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="97"/>
        <source>Repeat&amp;ing:</source>
        <translation>G&amp;entagelse:</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_form.py" line="98"/>
        <source>Pa&amp;rticipants:</source>
        <translation>De&amp;ltagere:</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../gui/meetings/meeting_list.py" line="42"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_list.py" line="43"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_list.py" line="43"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_list.py" line="43"/>
        <location filename="../../gui/meetings/meeting_list.py" line="73"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_list.py" line="54"/>
        <source>&amp;Upcoming only</source>
        <translation>Kun &amp;kommende</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_list.py" line="56"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nyt møde</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="40"/>
        <source>Expected release</source>
        <translation>Forventet løsladelse</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="43"/>
        <source>Meeting date</source>
        <translation>Mødedato</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="46"/>
        <source>Admitted on</source>
        <translation>Indsat den</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="48"/>
        <source> mo.</source>
        <translation> mdr.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="49"/>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="50"/>
        <source>Sentence, months</source>
        <translation>Straf, måneder</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="51"/>
        <source>Sentence, days</source>
        <translation>Straf, dage</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="53"/>
        <source>Parole date</source>
        <translation>Dato for prøveløsladelse</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="57"/>
        <source>Kriminalforsorgen&apos;s parole date. Without one, parole is counted at two thirds of the sentence from admission.</source>
        <translation>Kriminalforsorgens dato for prøveløsladelse. Uden den regnes prøveløsladelsen til to tredjedele af straffen fra indsættelsen.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="72"/>
        <source>&amp;Prison:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="73"/>
        <source>&amp;Admitted:</source>
        <translation>&amp;Indsat:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="74"/>
        <source>Se&amp;ntence:</source>
        <translation>St&amp;raf:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="77"/>
        <source>Paro&amp;le:</source>
        <translation>Prøve&amp;løsladelse:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="78"/>
        <source>E&amp;xpected release:</source>
        <translation>&amp;Forventet løsladelse:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="79"/>
        <source>Meeting &amp;date:</source>
        <translation>Møde&amp;dato:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="80"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="81"/>
        <source>C&amp;onditions:</source>
        <translation>&amp;Vilkår:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="82"/>
        <source>S&amp;upervision:</source>
        <translation>Tils&amp;yn:</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="83"/>
        <source>The meeting</source>
        <translation>Mødet</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_meeting_tab.py" line="88"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
</context>
<context>
    <name>MeetingWrites</name>
    <message>
        <location filename="../../gui/meetings/meeting_writes.py" line="112"/>
        <source>Saving the meeting…</source>
        <translation>Gemmer mødet…</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_writes.py" line="139"/>
        <source>Recording the decision…</source>
        <translation>Registrerer beslutningen…</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meeting_writes.py" line="154"/>
        <source>Carrying the decision into the plan…</source>
        <translation>Overfører beslutningen til handleplanen…</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../gui/meetings/meetings_page.py" line="115"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meetings_page.py" line="69"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Gem mødet</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meetings_page.py" line="281"/>
        <source>The decision is in the action plan.</source>
        <translation>Beslutningen er overført til handleplanen.</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meetings_page.py" line="312"/>
        <source>Meeting saved.</source>
        <translation>Mødet er gemt.</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meetings_page.py" line="268"/>
        <source>Decision recorded.</source>
        <translation>Beslutningen er registreret.</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/meetings_page.py" line="107"/>
        <source>Document saved.</source>
        <translation>Dokumentet er gemt.</translation>
    </message>
</context>
<context>
    <name>MentorCoursePanel</name>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="62"/>
        <source>Mentor course</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="72"/>
        <source>Mentor courses, newest first</source>
        <translation>Mentorforløb, nyeste først</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="75"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="76"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="77"/>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="78"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="79"/>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="80"/>
        <source>Reoffended</source>
        <translation>Ny kriminalitet</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="93"/>
        <source>Start mentor course…</source>
        <translation>Start mentorforløb…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="94"/>
        <source>End mentor course…</source>
        <translation>Afslut mentorforløb…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="161"/>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="170"/>
        <source>No mentor course.</source>
        <translation>Intet mentorforløb.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="171"/>
        <source>No active course.</source>
        <translation>Intet aktivt forløb.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="177"/>
        <source>%1 since %2 (1 month)</source>
        <translation>%1 siden %2 (1 måned)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_panel.py" line="179"/>
        <source>%1 since %2 (%3 months)</source>
        <translation>%1 siden %2 (%3 måneder)</translation>
    </message>
</context>
<context>
    <name>MunicipalityFolderField</name>
    <message>
        <location filename="../../gui/session/municipality_folder_field.py" line="33"/>
        <source>Municipality folder</source>
        <translation>Kommunens mappe</translation>
    </message>
    <message>
        <location filename="../../gui/session/municipality_folder_field.py" line="34"/>
        <source>C&amp;hoose…</source>
        <translation>Væl&amp;g…</translation>
    </message>
    <message>
        <location filename="../../gui/session/municipality_folder_field.py" line="38"/>
        <source>Files in its templates/, forms/ and resources/ replace RiskDesk&apos;s own of the same name from the next unlock; updates leave them be.</source>
        <translation>Filer i dens templates/, forms/ og resources/ erstatter RiskDesks egne med samme navn fra næste oplåsning; opdateringer rører dem ikke.</translation>
    </message>
    <message>
        <location filename="../../gui/session/municipality_folder_field.py" line="47"/>
        <source>Set by your IT department for this computer.</source>
        <translation>Sat af jeres it-afdeling for denne computer.</translation>
    </message>
    <message>
        <location filename="../../gui/session/municipality_folder_field.py" line="76"/>
        <source>The municipality&apos;s own folder</source>
        <translation>Kommunens egen mappe</translation>
    </message>
</context>
<context>
    <name>NewPasswordRows</name>
    <message>
        <location filename="../../gui/users/new_password_rows.py" line="42"/>
        <source>Password strength</source>
        <translation>Adgangskodens styrke</translation>
    </message>
</context>
<context>
    <name>OperationHub</name>
    <message>
        <location filename="../../gui/operations.py" line="272"/>
        <source>Something went wrong (%1). What you asked for may not have been done. Try again, and tell your support if it happens again.</source>
        <translation>Noget gik galt (%1). Det, du bad om, er måske ikke blevet gjort. Prøv igen, og kontakt jeres support, hvis det sker igen.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../gui/widgets/optional_date_edit.py" line="31"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/optional_date_edit.py" line="33"/>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/optional_date_edit.py" line="34"/>
        <source>No date: %1</source>
        <translation>Ingen dato: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="56"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="65"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="69"/>
        <source>Recorded on</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="73"/>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="75"/>
        <source>&amp;Recorded on:</source>
        <translation>&amp;Registreret:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="82"/>
        <source>Record outcome</source>
        <translation>Registrér udfald</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="125"/>
        <source>The case was closed on %1.</source>
        <translation>Sagen blev lukket %1.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="127"/>
        <source>The case is open: follow-ups can be recorded once it is closed.</source>
        <translation>Sagen er åben: opfølgninger kan registreres, når den er lukket.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="131"/>
        <source>This follow-up is due on %1.</source>
        <translation>Opfølgningen skal ske %1.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_dialog.py" line="138"/>
        <source>Recorded on %1; saving corrects it.</source>
        <translation>Registreret %1; gem for at rette det.</translation>
    </message>
</context>
<context>
    <name>OutcomeFields</name>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="32"/>
        <source>New charge or conviction</source>
        <translation>Ny sigtelse eller dom</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="33"/>
        <source>Date of the charge</source>
        <translation>Dato for sigtelse eller dom</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="37"/>
        <source>School or &amp;education:</source>
        <translation>Skole/&amp;uddannelse:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="38"/>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="39"/>
        <source>&amp;Housing:</source>
        <translation>&amp;Bolig:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="40"/>
        <source>&amp;Substance use:</source>
        <translation>&amp;Misbrug:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="45"/>
        <source>Note on the outcome</source>
        <translation>Note om udfaldet</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="49"/>
        <source>New &amp;charge or conviction:</source>
        <translation>Ny &amp;sigtelse eller dom:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="50"/>
        <source>Date of the c&amp;harge:</source>
        <translation>Dato for si&amp;gtelse eller dom:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/outcome_fields.py" line="56"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../gui/release/release_meeting_editor_participants.py" line="25"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_participants.py" line="25"/>
        <location filename="../../gui/release/release_meeting_editor_participants.py" line="41"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_participants.py" line="25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_participants.py" line="26"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_participants.py" line="27"/>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_participants.py" line="28"/>
        <source>Remove participant</source>
        <translation>Fjern deltager</translation>
    </message>
</context>
<context>
    <name>PartnersTable</name>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="41"/>
        <location filename="../../gui/plans/plan_partners_table.py" line="100"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="41"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="41"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="41"/>
        <location filename="../../gui/plans/plan_partners_table.py" line="120"/>
        <source>Consent date</source>
        <translation>Samtykkedato</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="43"/>
        <source>Partners</source>
        <translation>Samarbejdspartnere</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="55"/>
        <source>Add pa&amp;rtner</source>
        <translation>Tilføj &amp;samarbejdspartner</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="58"/>
        <source>Remove partner</source>
        <translation>Fjern samarbejdspartner</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_partners_table.py" line="112"/>
        <source>The citizen consented to sharing with this partner</source>
        <translation>Borgeren har givet samtykke til videregivelse til denne samarbejdspartner</translation>
    </message>
</context>
<context>
    <name>PersonCaseEditor</name>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="112"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="114"/>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="120"/>
        <source>Close without saving (Esc)</source>
        <translation>Luk uden at gemme (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="122"/>
        <source>Close case…</source>
        <translation>Luk sag…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="123"/>
        <source>Close the case</source>
        <translation>Luk sagen</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="124"/>
        <source>Reopen case</source>
        <translation>Genåbn sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="126"/>
        <source>Access &amp;insight…</source>
        <translation>&amp;Indsigt…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="129"/>
        <source>Who looked at or changed this person&apos;s data, and when</source>
        <translation>Hvem har set eller ændret personens oplysninger, og hvornår</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="208"/>
        <source>New person and case</source>
        <translation>Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="210"/>
        <source>The case number is given when the case is saved.</source>
        <translation>Sagsnummeret tildeles, når sagen gemmes.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="212"/>
        <source>Person and case</source>
        <translation>Borger og sag</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="217"/>
        <source>Case %1 · %2 · caseworker %3</source>
        <translation>Sag %1 · %2 · sagsbehandler %3</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_editor.py" line="295"/>
        <source>Open case %1 instead</source>
        <translation>Åbn sag %1 i stedet</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="161"/>
        <source>Person</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="162"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="164"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-XXXX</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="165"/>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="167"/>
        <source>DD.MM.YYYY, only without a CPR number</source>
        <translation>DD.MM.ÅÅÅÅ, kun uden CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="168"/>
        <source>Date of &amp;birth:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="169"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="170"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="171"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="173"/>
        <source>Four digits; the town is filled in as you type</source>
        <translation>Fire cifre; byen udfyldes, mens du skriver</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="174"/>
        <source>P&amp;ostal code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="180"/>
        <source>Filled in from the postal code. Type a town only for an address outside Denmark, with no postal code.</source>
        <translation>Udfyldes ud fra postnummeret. Skriv kun en by ved en adresse uden for Danmark, uden postnummer.</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="184"/>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="188"/>
        <source>&amp;Guardians (minors):</source>
        <translation>&amp;Forældremyndighed (mindreårige):</translation>
    </message>
    <message>
        <location filename="../../gui/cases/person_case_fields.py" line="190"/>
        <source>Notes about the &amp;person:</source>
        <translation>Noter om bor&amp;geren:</translation>
    </message>
</context>
<context>
    <name>PlanDiffTree</name>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="70"/>
        <source>Goals and actions, with changes</source>
        <translation>Mål og handlinger med ændringer</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="73"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="74"/>
        <source>Goal / action</source>
        <translation>Mål/handling</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="75"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="76"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="78"/>
        <source>Success criterion</source>
        <translation>Succeskriterium</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="101"/>
        <source>The plan has no goals yet.</source>
        <translation>Planen har endnu ingen mål.</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="107"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="109"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="114"/>
        <source>Changed: %1</source>
        <translation>Ændret: %1</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="116"/>
        <source>Changed (actions)</source>
        <translation>Ændret (handlinger)</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="192"/>
        <source>No date: %1</source>
        <translation>Ingen dato: %1</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="194"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../gui/review/plan_diff_tree.py" line="201"/>
        <source>%1 (was: %2)</source>
        <translation>%1 (før: %2)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="86"/>
        <source>Action plan for %1 (case %2)</source>
        <translation>Handleplan for %1 (sag %2)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="107"/>
        <source>Goals and actions</source>
        <translation>Mål og handlinger</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="108"/>
        <source>Citizen and mentor</source>
        <translation>Borger og mentor</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="109"/>
        <source>Partners and sharing</source>
        <translation>Samarbejdspartnere og videregivelse</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="115"/>
        <location filename="../../gui/plans/plan_editor.py" line="158"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="117"/>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="120"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="165"/>
        <source>New action plan</source>
        <translation>Ny handleplan</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="167"/>
        <source>Edit action plan</source>
        <translation>Redigér handleplan</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="203"/>
        <source>Saving the action plan…</source>
        <translation>Gemmer handleplanen…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="303"/>
        <source>Partner %1</source>
        <translation>Samarbejdspartner %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="161"/>
        <source>Save as version %1</source>
        <translation>Gem som version %1</translation>
    </message>
</context>
<context>
    <name>PlanItemForms</name>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="50"/>
        <source>Add a goal, or add one from the suggestions. Choose a goal or an action to edit it.</source>
        <translation>Tilføj et mål, eller tilføj et fra forslagene. Vælg et mål eller en handling for at redigere.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="98"/>
        <source>&amp;Need area:</source>
        <translation>&amp;Behovsområde:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="101"/>
        <source>Goa&amp;l:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="108"/>
        <source>&amp;What:</source>
        <translation>H&amp;vad:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="110"/>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="112"/>
        <source>Name of the person, if known</source>
        <translation>Personens navn, hvis det kendes</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="118"/>
        <source>Responsible&apos;s na&amp;me:</source>
        <translation>&amp;Den ansvarliges navn:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="122"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="124"/>
        <source>&amp;Due:</source>
        <translation>F&amp;rist:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="128"/>
        <source>Why the action has no date, e.g. it runs all through the plan</source>
        <translation>Hvorfor handlingen ikke har en dato, fx fordi den løber hele planen igennem</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="131"/>
        <source>Needed before the plan can be submitted when the action has no date</source>
        <translation>Skal udfyldes, før planen kan indsendes, når handlingen ikke har en dato</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="136"/>
        <source>W&amp;hy no date:</source>
        <translation>Hvorfor &amp;ingen dato:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="138"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_item_forms.py" line="146"/>
        <source>Su&amp;ccess criterion:</source>
        <translation>&amp;Succeskriterium:</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="81"/>
        <source>&amp;Create plan…</source>
        <translation>&amp;Opret plan…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="83"/>
        <source>Start a plan from the goals the assessment suggests</source>
        <translation>Start en plan ud fra de mål, vurderingen foreslår</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="85"/>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Redigér plan…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="86"/>
        <source>&amp;Mark as shared…</source>
        <translation>Markér som &amp;delt…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="248"/>
        <source>Record that this version was handed out; later changes make a new version</source>
        <translation>Registrér, at denne version er udleveret; senere ændringer giver en ny version</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="87"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioner…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="71"/>
        <source>&amp;Go to the first missing item…</source>
        <translation>&amp;Gå til det første, der mangler…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="74"/>
        <source>Open the plan in the editor at the first thing it lacks</source>
        <translation>Åbn planen i redigeringen ved det første, den mangler</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="88"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="89"/>
        <source>Save the plan as a Word document (not encrypted)</source>
        <translation>Gem planen som Word-dokument (ikke krypteret)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="129"/>
        <location filename="../../gui/plans/plan_page.py" line="193"/>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="167"/>
        <source>Action plan of %1 (case %2)</source>
        <translation>Handleplan for %1 (sag %2)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="196"/>
        <source>Choose a case in the case list; its action plan is shown here.</source>
        <translation>Vælg en sag i sagslisten; sagens handleplan vises her.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="176"/>
        <source>No action plan yet. Create plan… starts from the suggested goals.</source>
        <translation>Ingen handleplan endnu. Opret plan… starter med de foreslåede mål.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="179"/>
        <source>Create plan starts from the goals the newest final assessment suggests.</source>
        <translation>Opret plan starter ud fra de mål, den nyeste afsluttede vurdering foreslår.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="183"/>
        <source>Enter on a row edits the plan.</source>
        <translation>Enter på en række redigerer planen.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="233"/>
        <source>The plan waits for the supervisor&apos;s review and cannot be changed now.</source>
        <translation>Planen afventer lederens godkendelse og kan ikke ændres nu.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="243"/>
        <source>The plan waits for the supervisor&apos;s review; mark it as shared once it is approved or returned.</source>
        <translation>Planen venter på lederens godkendelse; markér den som delt, når den er godkendt eller sendt tilbage.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="260"/>
        <source>Choose a case in the case list first.</source>
        <translation>Vælg først en sag i sagslisten.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_page.py" line="309"/>
        <source>Export the action plan</source>
        <translation>Eksportér handleplanen</translation>
    </message>
</context>
<context>
    <name>PlanReviewBar</name>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="48"/>
        <source>Review status</source>
        <translation>Godkendelsesstatus</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="50"/>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Indsend til godkendelse</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="52"/>
        <source>Send this version to a supervisor; it cannot be edited while it waits</source>
        <translation>Send denne version til en leder; den kan ikke redigeres, mens den venter</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="81"/>
        <source>Review: %1</source>
        <translation>Godkendelse: %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="82"/>
        <source>%1 open comment(s) of %2</source>
        <translation>åbne kommentarer: %1 af %2</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="92"/>
        <source>Review: no plan</source>
        <translation>Godkendelse: ingen plan</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="102"/>
        <source>&amp;Review…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="102"/>
        <source>Co&amp;mments…</source>
        <translation>&amp;Kommentarer…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_review_bar.py" line="120"/>
        <source>Submitting the plan for review…</source>
        <translation>Sender handleplanen til godkendelse…</translation>
    </message>
</context>
<context>
    <name>PlanSharedDialog</name>
    <message>
        <location filename="../../gui/plans/plan_shared_dialog.py" line="39"/>
        <location filename="../../gui/plans/plan_shared_dialog.py" line="60"/>
        <source>Mark as shared</source>
        <translation>Markér som delt</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_shared_dialog.py" line="42"/>
        <source>Record that version %1 was handed to the citizen or the partners. From then on it is kept as it was: any change to the plan makes version %2.</source>
        <translation>Registrér, at version %1 er udleveret til borgeren eller samarbejdspartnerne. Derefter bevares den, som den var: enhver ændring af planen giver version %2.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_shared_dialog.py" line="52"/>
        <source>Shared on</source>
        <translation>Delt den</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_shared_dialog.py" line="53"/>
        <source>&amp;Shared on:</source>
        <translation>&amp;Delt den:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_shared_dialog.py" line="84"/>
        <source>Marking the plan as shared…</source>
        <translation>Registrerer at handleplanen er delt…</translation>
    </message>
</context>
<context>
    <name>PlanStatusLabel</name>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="18"/>
        <source>Plan status</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="24"/>
        <source>The case has no action plan yet.</source>
        <translation>Sagen har endnu ingen handleplan.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="27"/>
        <source>shared on %1</source>
        <translation>delt den %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="29"/>
        <source>not shared yet</source>
        <translation>endnu ikke delt</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="31"/>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="34"/>
        <source>next follow-up %1</source>
        <translation>næste opfølgning %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="36"/>
        <source>no follow-up date ahead</source>
        <translation>ingen kommende opfølgningsdato</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_status_label.py" line="40"/>
        <source>%1 overdue action(s)</source>
        <translation>overskredne handlinger: %1</translation>
    </message>
</context>
<context>
    <name>PlanVersionNotice</name>
    <message>
        <location filename="../../gui/plans/plan_version_notice.py" line="25"/>
        <source>A new plan. Start from the suggested goals on the right, or add your own.</source>
        <translation>En ny plan. Start med de foreslåede mål til højre, eller tilføj dine egne.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_version_notice.py" line="33"/>
        <source>Version %1 waits for the supervisor&apos;s review and cannot be changed until it is approved or returned.</source>
        <translation>Version %1 afventer lederens godkendelse og kan ikke ændres, før den er godkendt eller sendt retur.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_version_notice.py" line="39"/>
        <source>This plan has been shared (version %1, on %2).</source>
        <translation>Planen er delt (version %1, den %2).</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_version_notice.py" line="43"/>
        <source>This plan has been approved (version %1).</source>
        <translation>Planen er godkendt (version %1).</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_version_notice.py" line="46"/>
        <source>Saving makes version %1; version %2 stays as it was.</source>
        <translation>Når du gemmer, bliver det version %1; version %2 forbliver uændret.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_version_notice.py" line="52"/>
        <source>Version %1, not shared yet: saving changes this version.</source>
        <translation>Version %1, endnu ikke delt: når du gemmer, ændres denne version.</translation>
    </message>
</context>
<context>
    <name>PlanVersionsDialog</name>
    <message>
        <location filename="../../gui/plans/plan_versions_dialog.py" line="40"/>
        <source>Versions of the action plan</source>
        <translation>Handleplanens versioner</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_versions_dialog.py" line="42"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_versions_dialog.py" line="46"/>
        <source>shared %1</source>
        <translation>delt %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_versions_dialog.py" line="48"/>
        <source>not shared</source>
        <translation>ikke delt</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_versions_dialog.py" line="51"/>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_versions_dialog.py" line="54"/>
        <source>Older versions are kept as they were and cannot be changed.</source>
        <translation>Ældre versioner bevares, som de var, og kan ikke ændres.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="59"/>
        <source>Goals and actions</source>
        <translation>Mål og handlinger</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="62"/>
        <source>Goal / action</source>
        <translation>Mål/handling</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="63"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="64"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="66"/>
        <source>Success criterion</source>
        <translation>Succeskriterium</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="87"/>
        <source>Plan details</source>
        <translation>Planens oplysninger</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="151"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="79"/>
        <location filename="../../gui/plans/plan_view.py" line="120"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="133"/>
        <source>The deadline has passed and it is not done.</source>
        <translation>Fristen er overskredet, og handlingen er ikke udført.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="139"/>
        <source>The plan has no goals yet.</source>
        <translation>Planen har endnu ingen mål.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="152"/>
        <source>No date: %1</source>
        <translation>Ingen dato: %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="163"/>
        <source>not filled in</source>
        <translation>ikke udfyldt</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="165"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="166"/>
        <source>The citizen&apos;s view</source>
        <translation>Borgerens egen vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="169"/>
        <source>The parents&apos; view</source>
        <translation>Forældrenes vurdering</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="175"/>
        <source>Agreement</source>
        <translation>Tilslutning</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="182"/>
        <source>consent %1</source>
        <translation>samtykke %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="184"/>
        <source>no consent</source>
        <translation>intet samtykke</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="190"/>
        <source>Partners</source>
        <translation>Samarbejdspartnere</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="194"/>
        <source>Legal basis for sharing</source>
        <translation>Hjemmel til videregivelse</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="197"/>
        <source>Follow-up dates</source>
        <translation>Opfølgningsdatoer</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_view.py" line="201"/>
        <source>Made on</source>
        <translation>Udarbejdet</translation>
    </message>
</context>
<context>
    <name>ProblemLine</name>
    <message>
        <location filename="../../gui/widgets/problem_line.py" line="32"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
</context>
<context>
    <name>ReassessmentView</name>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="55"/>
        <source>Reassessment</source>
        <translation>Genvurdering</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="60"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="64"/>
        <source>Before: %1 (%2) · After: %3 (%4)</source>
        <translation>Før: %1 (%2) · Efter: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="74"/>
        <source>Total score</source>
        <translation>Samlet score</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="76"/>
        <source>Overall risk</source>
        <translation>Samlet risiko</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="80"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="96"/>
        <source>Instrument domains</source>
        <translation>Instrumentets områder</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="99"/>
        <source>Four risk domains</source>
        <translation>De fire risikoområder</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="129"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="129"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="177"/>
        <source>not in this version</source>
        <translation>ikke i denne version</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="179"/>
        <source>strength</source>
        <translation>styrke</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="188"/>
        <source>unanswered</source>
        <translation>ubesvaret</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="191"/>
        <source>final</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location filename="../../gui/assessment/reassessment_view.py" line="191"/>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
</context>
<context>
    <name>RecentPlacesButton</name>
    <message>
        <location filename="../../gui/session/recent_places_button.py" line="22"/>
        <source>R&amp;ecent</source>
        <translation>&amp;Tidligere</translation>
    </message>
    <message>
        <location filename="../../gui/session/recent_places_button.py" line="23"/>
        <source>Vault files and team servers opened before</source>
        <translation>Boksfiler og teamservere, du har åbnet før</translation>
    </message>
    <message>
        <location filename="../../gui/session/recent_places_button.py" line="29"/>
        <source>Vault files</source>
        <translation>Boksfiler</translation>
    </message>
    <message>
        <location filename="../../gui/session/recent_places_button.py" line="30"/>
        <source>Team servers</source>
        <translation>Teamservere</translation>
    </message>
</context>
<context>
    <name>ReleaseMeetingPage</name>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="102"/>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="108"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="109"/>
        <source>Save the release meeting (Ctrl+S)</source>
        <translation>Gem løsladelsesmødet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="111"/>
        <source>Export &amp;agenda…</source>
        <translation>Eksportér d&amp;agsorden…</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="113"/>
        <source>Save the agenda as a Word document, to print before the meeting</source>
        <translation>Gem dagsordenen som Word-dokument, så den kan printes før mødet</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="116"/>
        <source>Export mi&amp;nutes…</source>
        <translation>Eksportér &amp;referat…</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="117"/>
        <source>Save the minutes as a Word document</source>
        <translation>Gem referatet som Word-dokument</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="141"/>
        <location filename="../../gui/release/release_meeting_page.py" line="151"/>
        <location filename="../../gui/release/release_meeting_page.py" line="180"/>
        <source>Release meeting</source>
        <translation>Løsladelsesmøde</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="153"/>
        <source>Choose a case in the case list; its release meeting is shown here.</source>
        <translation>Vælg en sag i sagslisten; sagens løsladelsesmøde vises her.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="181"/>
        <source>Choose a case in the case list first.</source>
        <translation>Vælg først en sag i sagslisten.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="199"/>
        <source>Release meeting of %1 (case %2)</source>
        <translation>Løsladelsesmøde for %1 (sag %2)</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="216"/>
        <source>No release meeting is recorded for this case yet; fill it in and save.</source>
        <translation>Der er endnu ikke registreret et løsladelsesmøde for sagen; udfyld det, og gem.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="277"/>
        <source>The release meeting is saved.</source>
        <translation>Løsladelsesmødet er gemt.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="331"/>
        <source>There are no decisions to add to the plan.</source>
        <translation>Der er ingen beslutninger at føje til planen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/release/release_meeting_page.py" line="323"/>
        <source>%n decision(s) are now actions in version %1 of the action plan.</source>
        <translation>
            <numerusform>%n beslutning er nu en handling i version %1 af handleplanen.</numerusform>
            <numerusform>%n beslutninger er nu handlinger i version %1 af handleplanen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="286"/>
        <source>Saving the release meeting…</source>
        <translation>Gemmer løsladelsesmødet…</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="337"/>
        <source>Adding the decisions to the action plan…</source>
        <translation>Føjer beslutningerne til handleplanen…</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="351"/>
        <source>Save the release meeting&apos;s agenda</source>
        <translation>Gem dagsordenen til løsladelsesmødet</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="353"/>
        <source>Save the release meeting&apos;s minutes</source>
        <translation>Gem referatet af løsladelsesmødet</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="375"/>
        <source>Saved %1 (not encrypted).</source>
        <translation>%1 er gemt (ikke krypteret).</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="384"/>
        <source>Unsaved release meeting</source>
        <translation>Løsladelsesmødet er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_page.py" line="385"/>
        <source>The release meeting of case %1 has unsaved changes. Save them?</source>
        <translation>Løsladelsesmødet i sag %1 har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
</context>
<context>
    <name>ReleaseMeetingTabs</name>
    <message>
        <location filename="../../gui/release/release_meeting_editor_tabs.py" line="49"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_tabs.py" line="50"/>
        <source>&amp;Timeline</source>
        <translation>T&amp;idslinje</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_tabs.py" line="51"/>
        <source>C&amp;hecklist</source>
        <translation>&amp;Tjekliste</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_tabs.py" line="52"/>
        <source>&amp;Decisions and next meeting</source>
        <translation>&amp;Beslutninger og næste møde</translation>
    </message>
</context>
<context>
    <name>RepeatPicker</name>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="31"/>
        <source>Does not repeat</source>
        <translation>Gentages ikke</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="31"/>
        <source>Every … weeks</source>
        <translation>Hver … uge</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="31"/>
        <source>On these dates</source>
        <translation>På disse datoer</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="33"/>
        <source>Repeat</source>
        <translation>Gentagelse</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="37"/>
        <source>Every how many weeks</source>
        <translation>Hver hvor mange uger</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="38"/>
        <source>until</source>
        <translation>indtil</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="42"/>
        <source>Last meeting of the series</source>
        <translation>Sidste møde i rækken</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="45"/>
        <source>Dates of the following meetings</source>
        <translation>Datoer for de følgende møder</translation>
    </message>
    <message>
        <location filename="../../gui/meetings/repeat_picker.py" line="46"/>
        <source>e.g. 03.02.2027, 03.03.2027</source>
        <translation>f.eks. 03.02.2027, 03.03.2027</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="204"/>
        <location filename="../../gui/users/user_edit_dialogs.py" line="205"/>
        <source>Reset password</source>
        <translation>Nulstil adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="211"/>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="212"/>
        <source>New password a&amp;gain:</source>
        <translation>Ny adgangskode &amp;igen:</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="221"/>
        <source>%1 gets this password from you in person and chooses their own at their next login. Until then they cannot work.</source>
        <translation>%1 får denne adgangskode af dig personligt og vælger sin egen ved næste login. Indtil da kan vedkommende ikke arbejde.</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="230"/>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location filename="../../gui/users/user_edit_dialogs.py" line="238"/>
        <source>Resetting the password…</source>
        <translation>Nulstiller adgangskoden…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="69"/>
        <source>RiskDesk – restore from a backup</source>
        <translation>RiskDesk – gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="72"/>
        <source>Restore a vault from a backup</source>
        <translation>Gendan en boks fra en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="76"/>
        <source>The backup becomes a new vault; no existing file is replaced. Its checksum, its pages and its audit trail are checked before it is used. Log in as an administrator or supervisor of the vault the backup was taken of.</source>
        <translation>Sikkerhedskopien bliver en ny boks; ingen eksisterende fil erstattes. Dens kontrolsum, dens sider og dens revisionsspor kontrolleres, før den tages i brug. Log ind som administrator eller leder i den boks, sikkerhedskopien er taget af.</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="82"/>
        <source>Backup file</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="83"/>
        <source>B&amp;rowse…</source>
        <translation>G&amp;ennemse…</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="84"/>
        <source>Browse for the backup file</source>
        <translation>Find sikkerhedskopien</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="86"/>
        <source>New vault file</source>
        <translation>Ny boksfil</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="87"/>
        <source>Br&amp;owse…</source>
        <translation>Genne&amp;mse…</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="88"/>
        <source>Browse for a place for the new vault</source>
        <translation>Find en placering til den nye boks</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="90"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="91"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="101"/>
        <source>&amp;Backup:</source>
        <translation>Sikkerheds&amp;kopi:</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="105"/>
        <source>&amp;New vault:</source>
        <translation>Ny &amp;boks:</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="109"/>
        <source>&amp;User name:</source>
        <translation>Bruger&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="113"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="119"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="158"/>
        <source>Restoring and checking the backup…</source>
        <translation>Gendanner og kontrollerer sikkerhedskopien…</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="166"/>
        <source>Checking the audit trail: %1 of %2 events</source>
        <translation>Kontrollerer revisionssporet: %1 af %2 hændelser</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="188"/>
        <source>Choose the backup</source>
        <translation>Vælg sikkerhedskopien</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="190"/>
        <source>RiskDesk backups (*.rdbackup)</source>
        <translation>RiskDesk-sikkerhedskopier (*.rdbackup)</translation>
    </message>
    <message>
        <location filename="../../gui/backup/restore_dialog.py" line="196"/>
        <source>Where should the restored vault go?</source>
        <translation>Hvor skal den gendannede boks ligge?</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="60"/>
        <location filename="../../gui/retention/retention_page.py" line="123"/>
        <source>Deletion</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="64"/>
        <source>Closed cases whose retention period is over. Nothing is deleted until a supervisor approves it. The periods are set in retention.yaml.</source>
        <translation>Lukkede sager, hvis opbevaringsperiode er udløbet. Intet slettes, før en leder har godkendt det. Perioderne fastsættes i retention.yaml.</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="73"/>
        <location filename="../../gui/retention/retention_page.py" line="86"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="74"/>
        <source>Kind</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="75"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="76"/>
        <location filename="../../gui/retention/retention_page.py" line="86"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="77"/>
        <source>Due since</source>
        <translation>Skal slettes siden</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="78"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="79"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="83"/>
        <source>Cases due for deletion</source>
        <translation>Sager, der skal slettes</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="85"/>
        <source>Held</source>
        <translation>Holdes tilbage</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="86"/>
        <source>Held because</source>
        <translation>Holdes tilbage, fordi</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="88"/>
        <source>Cases held</source>
        <translation>Sager, der holdes tilbage</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="97"/>
        <source>&amp;Delete the ticked cases…</source>
        <translation>&amp;Slet de afkrydsede sager…</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="213"/>
        <source>Nothing is due for deletion, %1.</source>
        <translation>Intet skal slettes, %1.</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="241"/>
        <source>Deleting and compacting the vault…</source>
        <translation>Sletter og komprimerer boksen…</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="251"/>
        <source>Deleted %1 case(s) and %2 person(s).</source>
        <translation>Slettet: %1 sag(er) og %2 person(er).</translation>
    </message>
    <message>
        <location filename="../../gui/retention/retention_page.py" line="257"/>
        <source>Another user has the vault open: the deleted data leaves the file when it is closed.</source>
        <translation>En anden bruger har boksen åben: de slettede data forsvinder fra filen, når den lukkes.</translation>
    </message>
</context>
<context>
    <name>ReturnPlanDialog</name>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="36"/>
        <source>Return the action plan</source>
        <translation>Send handleplanen retur</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="39"/>
        <source>The caseworker sees the plan among their returned plans with this comment, edits it and submits it again.</source>
        <translation>Sagsbehandleren ser planen blandt sine returnerede planer med denne kommentar, retter den og indsender den igen.</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="44"/>
        <source>The comment is about</source>
        <translation>Kommentaren vedrører</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="48"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="49"/>
        <source>What must be changed before approval?</source>
        <translation>Hvad skal ændres før godkendelse?</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="51"/>
        <source>Ab&amp;out:</source>
        <translation>&amp;Vedrører:</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="54"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="58"/>
        <source>&amp;Return to the caseworker</source>
        <translation>&amp;Send retur til sagsbehandleren</translation>
    </message>
    <message>
        <location filename="../../gui/review/return_plan_dialog.py" line="68"/>
        <source>Returning the action plan…</source>
        <translation>Sender handleplanen retur…</translation>
    </message>
</context>
<context>
    <name>ReturnedPlanModel</name>
    <message>
        <location filename="../../gui/review/returned_plan_model.py" line="29"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../gui/review/returned_plan_model.py" line="31"/>
        <source>Returned by</source>
        <translation>Returneret af</translation>
    </message>
    <message>
        <location filename="../../gui/review/returned_plan_model.py" line="33"/>
        <source>Returned</source>
        <translation>Returneret</translation>
    </message>
    <message>
        <location filename="../../gui/review/returned_plan_model.py" line="35"/>
        <source>Open comments</source>
        <translation>Åbne kommentarer</translation>
    </message>
    <message>
        <location filename="../../gui/review/returned_plan_model.py" line="37"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../gui/review/returned_plan_model.py" line="67"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>ReviewChecklistFrame</name>
    <message>
        <location filename="../../gui/review/review_checklist_frame.py" line="45"/>
        <source>✓ Ready for approval: every point of the checklist is met</source>
        <translation>✓ Klar til godkendelse: alle punkter på tjeklisten er opfyldt</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_checklist_frame.py" line="47"/>
        <source>✗ Not ready for approval: %1 thing(s) missing</source>
        <translation>✗ Ikke klar til godkendelse: %1 mangler</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_checklist_frame.py" line="61"/>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_checklist_frame.py" line="61"/>
        <source>Not met</source>
        <translation>Ikke opfyldt</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_checklist_frame.py" line="73"/>
        <source>What the plan lacks</source>
        <translation>Det, planen mangler</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsPanel</name>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="47"/>
        <source>Whole plan</source>
        <translation>Hele planen</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="52"/>
        <source>Goal %1: %2</source>
        <translation>Mål %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="59"/>
        <source>Action %1: %2</source>
        <translation>Handling %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="114"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="116"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="116"/>
        <source>About</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="116"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="116"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="130"/>
        <source>Mark as re&amp;solved</source>
        <translation>Markér som &amp;løst</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="135"/>
        <source>The comment is about</source>
        <translation>Kommentaren vedrører</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="142"/>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="143"/>
        <source>Write a comment…</source>
        <translation>Skriv en kommentar…</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="146"/>
        <source>&amp;Add comment</source>
        <translation>&amp;Tilføj kommentar</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="149"/>
        <source>Ab&amp;out:</source>
        <translation>&amp;Vedrører:</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="177"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="177"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="181"/>
        <source>%1, resolved by %2</source>
        <translation>%1, løst af %2</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_comments_panel.py" line="224"/>
        <location filename="../../gui/review/review_comments_panel.py" line="242"/>
        <source>Saving the comment…</source>
        <translation>Gemmer kommentaren…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="85"/>
        <source>Review of the action plan – case %1, version %2</source>
        <translation>Godkendelse af handleplanen – sag %1, version %2</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="91"/>
        <source>Action plan of %1 (case %2), version %3</source>
        <translation>Handleplan for %1 (sag %2), version %3</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="99"/>
        <source>Review status</source>
        <translation>Godkendelsesstatus</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="135"/>
        <source>A&amp;pprove…</source>
        <translation>&amp;Godkend…</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="137"/>
        <source>&amp;Return with comment…</source>
        <translation>Send &amp;retur med kommentar…</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="139"/>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Indsend til godkendelse</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="141"/>
        <source>E&amp;xport approved document…</source>
        <translation>&amp;Eksportér godkendt dokument…</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="144"/>
        <source>Save the document stored when this version was approved, unchanged</source>
        <translation>Gem en uændret kopi af det dokument, der blev lagret, da denne version blev godkendt</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="177"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="178"/>
        <source>written by %1</source>
        <translation>udarbejdet af %1</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="181"/>
        <source>submitted %1 by %2</source>
        <translation>indsendt %1 af %2</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="187"/>
        <source>reviewed %1 by %2</source>
        <translation>behandlet %1 af %2</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="192"/>
        <source>a newer version exists</source>
        <translation>der findes en nyere version</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="195"/>
        <source>Comments (%1 open of %2)</source>
        <translation>Kommentarer (%1 åbne af %2)</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="209"/>
        <source>The plan lacks what the checklist above names; return it to be completed</source>
        <translation>Planen mangler det, tjeklisten ovenfor nævner; send den retur, så den kan gøres færdig</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="212"/>
        <source>Confirm the assessment&apos;s overrides above before approving</source>
        <translation>Bekræft vurderingens ændringer efter fagligt skøn ovenfor, før du godkender</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="263"/>
        <source>version %1 of the plan for case %2</source>
        <translation>version %1 af planen for sag %2</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="295"/>
        <source>Submitting the action plan…</source>
        <translation>Indsender handleplanen…</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_dialog.py" line="311"/>
        <source>Export the approved action plan</source>
        <translation>Eksportér den godkendte handleplan</translation>
    </message>
</context>
<context>
    <name>ReviewOverridesFrame</name>
    <message>
        <location filename="../../gui/review/review_overrides_frame.py" line="42"/>
        <source>I have read the overrides and confirm them for this plan</source>
        <translation>Jeg har læst ændringerne efter fagligt skøn og bekræfter dem for denne plan</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_overrides_frame.py" line="51"/>
        <source>⚑ The assessment of %1 behind this plan has professional overrides</source>
        <translation>⚑ Vurderingen fra %1, som planen bygger på, indeholder ændringer efter fagligt skøn</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/review/review_page.py" line="78"/>
        <source>Review of action plans</source>
        <translation>Godkendelse af handleplaner</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="84"/>
        <location filename="../../gui/review/review_page.py" line="159"/>
        <source>Plans waiting for review</source>
        <translation>Planer, der venter på godkendelse</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="88"/>
        <source>Your returned plans</source>
        <translation>Dine returnerede planer</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="103"/>
        <source>&amp;Open review…</source>
        <translation>&amp;Åbn godkendelse…</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="105"/>
        <source>Open the selected plan for review (Enter)</source>
        <translation>Åbn den valgte plan til godkendelse (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="107"/>
        <source>R&amp;efresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="131"/>
        <source>Review</source>
        <translation>Godkendelse</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="160"/>
        <source>Your plans returned with comments</source>
        <translation>Dine planer, der er sendt retur med kommentarer</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="192"/>
        <source>Plans waiting for review, oldest first (%1)</source>
        <translation>Planer, der venter på godkendelse, ældste først (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="195"/>
        <source>Your plans returned with comments (%1)</source>
        <translation>Dine planer, der er sendt retur med kommentarer (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="203"/>
        <source>Enter opens a plan: approve it, or return it with a comment. ⚑ marks an assessment with overridden band or level.</source>
        <translation>Enter åbner en plan: godkend den, eller send den retur med en kommentar. ⚑ markerer en vurdering, hvor den samlede risiko eller niveauet er ændret efter fagligt skøn.</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="208"/>
        <source>Enter opens a returned plan with its comments. Edit the plan on the Action plan page, then submit it again.</source>
        <translation>Enter åbner en returneret plan med kommentarerne. Ret planen på siden Handleplan, og indsend den igen.</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_page.py" line="212"/>
        <source>Only supervisors and caseworkers take part in reviews.</source>
        <translation>Kun ledere og sagsbehandlere deltager i godkendelser.</translation>
    </message>
</context>
<context>
    <name>ReviewPlansPanel</name>
    <message>
        <location filename="../../gui/review/review_plans_panel.py" line="53"/>
        <source>Last approved (version %1)</source>
        <translation>Senest godkendt (version %1)</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_plans_panel.py" line="59"/>
        <source>This version (%1) in full</source>
        <translation>Denne version (%1) i sin helhed</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_plans_panel.py" line="83"/>
        <source>No earlier version was approved, so there is nothing to compare with.</source>
        <translation>Ingen tidligere version er godkendt, så der er intet at sammenligne med.</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_plans_panel.py" line="85"/>
        <source>No changes since the approved version %1.</source>
        <translation>Ingen ændringer siden den godkendte version %1.</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_plans_panel.py" line="88"/>
        <source>Compared with the approved version %1.</source>
        <translation>Sammenlignet med den godkendte version %1.</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_plans_panel.py" line="93"/>
        <source>Also changed: %1.</source>
        <translation>Også ændret: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="35"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="37"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="39"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="41"/>
        <source>Submitted</source>
        <translation>Indsendt</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="43"/>
        <source>Days waiting</source>
        <translation>Ventetid (dage)</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="45"/>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="47"/>
        <source>Assessment overrides</source>
        <translation>Fagligt skøn i vurderingen</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="56"/>
        <source>⚑ Band and level overridden</source>
        <translation>⚑ Samlet risiko og niveau ændret</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="58"/>
        <source>⚑ Band overridden</source>
        <translation>⚑ Samlet risiko ændret</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="59"/>
        <source>⚑ Level overridden</source>
        <translation>⚑ Niveau ændret</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="67"/>
        <source>Overall risk overridden from %1 to %2. Reason: %3</source>
        <translation>Samlet risiko ændret fra %1 til %2 efter fagligt skøn. Begrundelse: %3</translation>
    </message>
    <message>
        <location filename="../../gui/review/review_queue_model.py" line="76"/>
        <source>Level overridden from %1 to %2. Reason: %3</source>
        <translation>Niveau ændret fra %1 til %2 efter fagligt skøn. Begrundelse: %3</translation>
    </message>
</context>
<context>
    <name>ServerCaField</name>
    <message>
        <location filename="../../gui/session/server_ca_field.py" line="31"/>
        <source>Only for a team server on another machine</source>
        <translation>Kun til en teamserver på en anden maskine</translation>
    </message>
    <message>
        <location filename="../../gui/session/server_ca_field.py" line="32"/>
        <location filename="../../gui/session/server_ca_field.py" line="71"/>
        <source>The team server&apos;s CA file</source>
        <translation>Teamserverens CA-fil</translation>
    </message>
    <message>
        <location filename="../../gui/session/server_ca_field.py" line="33"/>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <location filename="../../gui/session/server_ca_field.py" line="37"/>
        <source>IT gives you this file. RiskDesk uses it to check that it is talking to your unit&apos;s team server before it sends your password.</source>
        <translation>Den får du af it-afdelingen. RiskDesk bruger den til at tjekke, at det er jeres enheds teamserver, den taler med, før din adgangskode sendes.</translation>
    </message>
    <message>
        <location filename="../../gui/session/server_ca_field.py" line="46"/>
        <source>Set by your IT department for this computer.</source>
        <translation>Sat af jeres it-afdeling for denne computer.</translation>
    </message>
    <message>
        <location filename="../../gui/session/server_ca_field.py" line="73"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../gui/session/session_controller.py" line="318"/>
        <source>The new language is used from the next start of RiskDesk.</source>
        <translation>Det nye sprog bruges, næste gang RiskDesk startes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="47"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="52"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="58"/>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minutter uden brug</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="60"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="65"/>
        <source>Allow &amp;screenshots and screen sharing</source>
        <translation>Tillad &amp;skærmbilleder og skærmdeling</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="70"/>
        <source>While this is off, RiskDesk&apos;s windows are left out of screenshots, recordings and shared screens. Turn it on only while support needs to see your screen.</source>
        <translation>Så længe dette er slået fra, udelades RiskDesks vinduer af skærmbilleder, optagelser og delte skærme. Slå det kun til, mens support skal se din skærm.</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="75"/>
        <source>RiskDesk can keep its windows out of screenshots only on Windows.</source>
        <translation>RiskDesk kan kun holde sine vinduer ude af skærmbilleder på Windows.</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="82"/>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="84"/>
        <source>A new language takes effect when RiskDesk is restarted.</source>
        <translation>Et nyt sprog træder i kraft, når RiskDesk startes igen.</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="95"/>
        <source>&amp;Municipality folder:</source>
        <translation>Komm&amp;unens mappe:</translation>
    </message>
    <message>
        <location filename="../../gui/session/settings_dialog.py" line="97"/>
        <source>Team server&apos;s &amp;CA file:</source>
        <translation>Teamserverens &amp;CA-fil:</translation>
    </message>
</context>
<context>
    <name>SharingSection</name>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="121"/>
        <source>Partners and consent</source>
        <translation>Samarbejdspartnere og samtykke</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="125"/>
        <source>Sharing and follow-up</source>
        <translation>Videregivelse og opfølgning</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="128"/>
        <source>Le&amp;gal basis for sharing:</source>
        <translation>Hje&amp;mmel til videregivelse:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="131"/>
        <source>Note on the legal &amp;basis:</source>
        <translation>N&amp;ote om hjemmel:</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_sharing.py" line="135"/>
        <source>&amp;Follow-up dates:</source>
        <translation>Op&amp;følgningsdatoer:</translation>
    </message>
</context>
<context>
    <name>StaleRecordDialog</name>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="45"/>
        <source>Saved by someone else</source>
        <translation>Gemt af en anden</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="53"/>
        <source>Nothing of yours was saved. Reload to see their version; your unsaved text stays here to copy back what still applies.</source>
        <translation>Intet af dit er gemt. Genindlæs for at se den andens version; din ikke-gemte tekst bliver her, så du kan kopiere det tilbage, der stadig gælder.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="58"/>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="62"/>
        <source>Your unsaved text</source>
        <translation>Din ikke-gemte tekst</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="65"/>
        <source>You had not changed any text.</source>
        <translation>Du havde ikke ændret nogen tekst.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="70"/>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="73"/>
        <source>Copy all</source>
        <translation>Kopiér alt</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/stale_record_dialog.py" line="96"/>
        <source>The form shows the newest version now. Copy from here what you want to keep, then save again.</source>
        <translation>Formularen viser nu den nyeste version. Kopiér herfra det, du vil beholde, og gem igen.</translation>
    </message>
</context>
<context>
    <name>StartMentorCourseDialog</name>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="123"/>
        <source>Start mentor course</source>
        <translation>Start mentorforløb</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="125"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="128"/>
        <source>External mentor (write the name below)</source>
        <translation>Ekstern mentor (skriv navnet nedenfor)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="130"/>
        <source>External mentor</source>
        <translation>Ekstern mentor</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="131"/>
        <source>Name of a mentor outside RiskDesk</source>
        <translation>Navn på en mentor uden for RiskDesk</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="133"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="134"/>
        <source>Planned end</source>
        <translation>Planlagt slutdato</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="141"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="142"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="143"/>
        <source>E&amp;xternal mentor:</source>
        <translation>E&amp;kstern mentor:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="144"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="145"/>
        <source>&amp;Planned end:</source>
        <translation>&amp;Planlagt slut:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="146"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../gui/cases/mentor_course_dialogs.py" line="147"/>
        <source>Start course</source>
        <translation>Start forløbet</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="74"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="77"/>
        <source>Custom dates</source>
        <translation>Egne datoer</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="79"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="80"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="82"/>
        <source>INTERNAL: exact counts, for the unit&apos;s own use. Exports hide small counts.</source>
        <translation>INTERNT: præcise tal til enhedens eget brug. Eksporter skjuler små tal.</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="89"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="90"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="91"/>
        <source>T&amp;o:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="100"/>
        <source>Figures</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="101"/>
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="101"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="104"/>
        <source>Inquiries by month and type</source>
        <translation>Henvendelser pr. måned og type</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="105"/>
        <source>Cases by level</source>
        <translation>Sager efter niveau</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="106"/>
        <source>Cases by level, month by month</source>
        <translation>Sager efter niveau, måned for måned</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="107"/>
        <source>Mentor courses</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="108"/>
        <source>Outcomes at closing</source>
        <translation>Resultater ved lukning</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="127"/>
        <source>&amp;Tables</source>
        <translation>&amp;Tabeller</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="128"/>
        <source>C&amp;harts</source>
        <translation>&amp;Diagrammer</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="129"/>
        <source>Report te&amp;xts</source>
        <translation>Rapportens te&amp;kster</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="133"/>
        <location filename="../../gui/statistics/statistics_page.py" line="256"/>
        <source>Police &amp;figures…</source>
        <translation>Politiets &amp;tal…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="135"/>
        <source>A CSV of the police&apos;s report counts adds the crime picture to the report</source>
        <translation>En CSV-fil med politiets anmeldelser tilføjer kriminalitetsbilledet til rapporten</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="138"/>
        <source>Also as &amp;PDF</source>
        <translation>Også som &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="139"/>
        <source>Export to &amp;Word…</source>
        <translation>Eksportér til &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="141"/>
        <source>Export to &amp;Excel…</source>
        <translation>Eksportér til &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="146"/>
        <source>The report and the Excel file show counts under 5 as “&lt;5”.</source>
        <translation>Rapporten og Excel-filen viser tal under 5 som “&lt;5”.</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="172"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="226"/>
        <source>Level 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="226"/>
        <location filename="../../gui/statistics/statistics_page.py" line="331"/>
        <source>Level 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="226"/>
        <location filename="../../gui/statistics/statistics_page.py" line="332"/>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="226"/>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="229"/>
        <source>All</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="229"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="229"/>
        <source>Reoffended</source>
        <translation>Recidiv</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="242"/>
        <source>Texts saved.</source>
        <translation>Teksterne er gemt.</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="246"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="254"/>
        <source>Police figures: %1</source>
        <translation>Politiets tal: %1</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="260"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="282"/>
        <source>Making the report…</source>
        <translation>Laver rapporten …</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="291"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="328"/>
        <source>Table 1: cases</source>
        <translation>Tabel 1: sager</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="330"/>
        <source>Level 1 (concerns)</source>
        <translation>Niveau 1 (bekymringer)</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="333"/>
        <source>of which EXIT</source>
        <translation>heraf EXIT</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="334"/>
        <source>Cases in the period</source>
        <translation>Sager i perioden</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="335"/>
        <source>Closed in the period</source>
        <translation>Afsluttet i perioden</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="336"/>
        <location filename="../../gui/statistics/statistics_page.py" line="344"/>
        <source>Active at the period&apos;s end</source>
        <translation>Aktive ved periodens slut</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="340"/>
        <source>Table 2: mentor courses</source>
        <translation>Tabel 2: mentorforløb</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="342"/>
        <source>Courses since the start</source>
        <translation>Forløb siden start</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="343"/>
        <source>Average length, months</source>
        <translation>Gennemsnitlig varighed, måneder</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="345"/>
        <source>Reoffended during the course</source>
        <translation>Ny kriminalitet under forløbet</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="349"/>
        <source>Inquiries by source</source>
        <translation>Henvendelser efter kilde</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="357"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="360"/>
        <source>Release milestones</source>
        <translation>Løsladelsesfrister</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/statistics_page.py" line="361"/>
        <source>Met on time</source>
        <translation>Nået til tiden</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../gui/plans/plan_editor_suggestions.py" line="41"/>
        <location filename="../../gui/plans/plan_editor_suggestions.py" line="59"/>
        <source>Suggested goals</source>
        <translation>Foreslåede mål</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_suggestions.py" line="69"/>
        <source>About the chosen suggestion</source>
        <translation>Om det valgte forslag</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_suggestions.py" line="70"/>
        <source>Add &amp;suggested goal</source>
        <translation>Tilføj &amp;foreslået mål</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_suggestions.py" line="73"/>
        <source>Adds the goal with its suggested interventions as actions</source>
        <translation>Tilføjer målet med de foreslåede indsatser som handlinger</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_suggestions.py" line="115"/>
        <source>From the newest final assessment, highest need first. Double-click a goal to add it with its interventions as actions.</source>
        <translation>Fra den nyeste afsluttede vurdering, største behov først. Dobbeltklik på et mål for at tilføje det med dets indsatser som handlinger.</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor_suggestions.py" line="125"/>
        <source>No suggestions: the person has no final assessment with a moderate or high need.</source>
        <translation>Ingen forslag: personen har ingen afsluttet vurdering med moderat eller højt behov.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="71"/>
        <source>Next milestone</source>
        <translation>Næste milepæl</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="77"/>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="78"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="79"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="80"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="81"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="84"/>
        <source>Release timeline</source>
        <translation>Tidslinje for løsladelsen</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="102"/>
        <source>Enter the admission and the expected release to see the deadlines.</source>
        <translation>Angiv indsættelsen og den forventede løsladelse for at se fristerne.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="109"/>
        <source>Day reached</source>
        <translation>Dato for nået milepæl</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="111"/>
        <source>&amp;Mark reached</source>
        <translation>&amp;Markér som nået</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="113"/>
        <source>The prison&apos;s milestones are marked here when Kriminalforsorgen says so</source>
        <translation>Fængslets milepæle markeres her, når Kriminalforsorgen melder dem nået</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="116"/>
        <source>Not reached</source>
        <translation>Ikke nået</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="185"/>
        <source>Every milestone is reached.</source>
        <translation>Alle milepæle er nået.</translation>
    </message>
    <message>
        <location filename="../../gui/release/release_meeting_editor_timeline.py" line="188"/>
        <source>Next: %1 by %2 – %3</source>
        <translation>Næste: %1 senest %2 – %3</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../gui/today/today_page.py" line="68"/>
        <location filename="../../gui/today/today_page.py" line="106"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="76"/>
        <source>Today&apos;s work</source>
        <translation>Dagens arbejde</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="77"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="77"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="86"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="88"/>
        <source>Enter or a double-click opens what a line names.</source>
        <translation>Enter eller et dobbeltklik åbner det, linjen nævner.</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="169"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="194"/>
        <source>… and %1 more after these.</source>
        <translation>… og %1 flere efter disse.</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="203"/>
        <source>%1 things for today, %2.</source>
        <translation>%1 ting at tage sig af i dag, %2.</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="205"/>
        <source>Nothing due today, %1.</source>
        <translation>Intet at tage sig af i dag, %1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="89"/>
        <source>RiskDesk – unlock</source>
        <translation>RiskDesk – lås op</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="94"/>
        <source>Unlock RiskDesk</source>
        <translation>Lås RiskDesk op</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="214"/>
        <location filename="../../gui/session/unlock_dialog.py" line="293"/>
        <source>The vault is encrypted. Enter your user name and password to open it.</source>
        <translation>Boksen er krypteret. Skriv dit brugernavn og din adgangskode for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="216"/>
        <source>RiskDesk was locked because it was not used for a while.</source>
        <translation>RiskDesk blev låst, fordi den ikke har været brugt i et stykke tid.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="107"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="108"/>
        <source>Browse for the vault file</source>
        <translation>Find boksfilen</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="119"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="124"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="128"/>
        <source>&amp;User name:</source>
        <translation>Bruger&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="129"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="199"/>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="200"/>
        <source>New password a&amp;gain:</source>
        <translation>Ny adgangskode &amp;igen:</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="135"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="141"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;slut</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="217"/>
        <source>You locked RiskDesk.</source>
        <translation>Du låste RiskDesk.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="223"/>
        <source>Only %1 or an administrator can unlock. An administrator starts a new session; changes that were not saved before the lock are discarded (drafts of assessments were saved).</source>
        <translation>Kun %1 eller en administrator kan låse op. En administrator starter en ny session; ændringer, der ikke var gemt før låsningen, kasseres (udkast til vurderinger blev gemt).</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="256"/>
        <source>Choose vault</source>
        <translation>Vælg boks</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="255"/>
        <source>RiskDesk vaults (*.rdv);;All files (*)</source>
        <translation>RiskDesk-bokse (*.rdv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="104"/>
        <source>Vault file or team server</source>
        <translation>Boksfil eller teamserver</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="105"/>
        <source>riskdesk.rdv or postgresql://server/riskdesk</source>
        <translation>riskdesk.rdv eller postgresql://server/riskdesk</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="127"/>
        <source>&amp;Vault or server:</source>
        <translation>&amp;Boks eller server:</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="278"/>
        <source>Log in to the team server with your user name and password.</source>
        <translation>Log ind på teamserveren med dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="289"/>
        <source>Create &amp;another vault…</source>
        <translation>Opret &amp;endnu en boks…</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="289"/>
        <source>&amp;Create new vault…</source>
        <translation>&amp;Opret ny boks…</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="296"/>
        <source>There is no vault here yet. Create a new one (you become its administrator), or choose an existing vault file.</source>
        <translation>Her er endnu ingen boks. Opret en ny (du bliver dens administrator), eller vælg en eksisterende boksfil.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="341"/>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="361"/>
        <source>The vault could not be opened because of an unexpected error (%1).</source>
        <translation>Boksen kunne ikke åbnes på grund af en uventet fejl (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="369"/>
        <source>Only %1 or an administrator can unlock this window. To work as yourself, quit RiskDesk and start it again.</source>
        <translation>Kun %1 eller en administrator kan låse dette vindue op. Vil du arbejde som dig selv, så afslut RiskDesk og start det igen.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="386"/>
        <source>Choose the vault file or type the team server&apos;s address.</source>
        <translation>Vælg boksfilen, eller skriv teamserverens adresse.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="389"/>
        <source>Enter your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="391"/>
        <source>Enter your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="393"/>
        <source>Choose your new password.</source>
        <translation>Vælg din nye adgangskode.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="396"/>
        <source>The two new passwords are not the same.</source>
        <translation>De to nye adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location filename="../../gui/session/unlock_dialog.py" line="408"/>
        <source>An administrator chose your password. Choose your own (at least 8 characters), type it twice, and unlock.</source>
        <translation>En administrator har valgt din adgangskode. Vælg din egen (mindst 8 tegn), skriv den to gange, og lås op.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="51"/>
        <location filename="../../gui/users/users_dialog.py" line="64"/>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="56"/>
        <source>Who may open this vault, and as what. A deactivated user cannot log in; their cases, plans and log stay.</source>
        <translation>Hvem der må åbne boksen, og som hvad. En deaktiveret bruger kan ikke logge ind; vedkommendes sager, planer og log bliver.</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="76"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Tilføj bruger…</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="78"/>
        <source>Change &amp;role…</source>
        <translation>Skift &amp;rolle…</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="80"/>
        <location filename="../../gui/users/users_dialog.py" line="127"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivér…</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="82"/>
        <source>Reset &amp;password…</source>
        <translation>Nulstil &amp;adgangskode…</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="127"/>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ktivér</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="157"/>
        <source>Deactivate user</source>
        <translation>Deaktivér bruger</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="159"/>
        <source>Deactivate %1? They can no longer log in. Their cases, plans and log stay, and they can be activated again.</source>
        <translation>Deaktivér %1? Vedkommende kan ikke længere logge ind. Sager, planer og log bliver, og brugeren kan aktiveres igen.</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_dialog.py" line="173"/>
        <source>Changing the user…</source>
        <translation>Ændrer brugeren…</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../gui/users/users_table_model.py" line="33"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_table_model.py" line="34"/>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_table_model.py" line="35"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_table_model.py" line="36"/>
        <location filename="../../gui/users/users_table_model.py" line="90"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_table_model.py" line="37"/>
        <source>Last login</source>
        <translation>Seneste login</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_table_model.py" line="90"/>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <location filename="../../gui/users/users_table_model.py" line="92"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
</context>
<context>
    <name>VaultBanner</name>
    <message>
        <location filename="../../gui/widgets/vault_banner.py" line="40"/>
        <source>Vault warning</source>
        <translation>Advarsel om boksen</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/vault_banner.py" line="75"/>
        <source>The checks at unlock found:</source>
        <translation>Kontrollerne ved oplåsning fandt:</translation>
    </message>
</context>
<context>
    <name>VaultFileChooser</name>
    <message>
        <location filename="../../gui/widgets/form_cells.py" line="65"/>
        <source>RiskDesk vaults (*.rdv)</source>
        <translation>RiskDesk-bokse (*.rdv)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="41"/>
        <source>Save the Word document (not encrypted)</source>
        <translation>Gem Word-dokumentet (ikke krypteret)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/document_export_dialog.py" line="44"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="56"/>
        <source>Choose the spreadsheet to import</source>
        <translation>Vælg regnearket, der skal importeres</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_dialog.py" line="58"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Regneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/report_files.py" line="16"/>
        <source>Save the report (not encrypted)</source>
        <translation>Gem rapporten (ikke krypteret)</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/report_files.py" line="33"/>
        <source>The police&apos;s report counts</source>
        <translation>Politiets anmeldelser</translation>
    </message>
    <message>
        <location filename="../../gui/statistics/report_files.py" line="36"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
</context>
</TS>
