<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AssessmentDomainPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="61"/>
        <source>Show &amp;help texts</source>
        <translation>Vis &amp;hjælpetekster</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="62"/>
        <source>Show help texts</source>
        <translation>Vis hjælpetekster</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="75"/>
        <source>This domain is a &amp;strength for the young person</source>
        <translation>Området er en &amp;styrke for den unge</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="78"/>
        <source>%1 is a strength</source>
        <translation>%1 er en styrke</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="91"/>
        <source>Note on %1</source>
        <translation>Note om %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="94"/>
        <source>N&amp;ote on the domain:</source>
        <translation>N&amp;ote om området:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="143"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_domain_page.py" line="144"/>
        <source>Comment on item %1</source>
        <translation>Kommentar til spørgsmål %1</translation>
    </message>
</context>
<context>
    <name>AssessmentFactorsPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_factors_page.py" line="39"/>
        <source>Extra factors and flags</source>
        <translation>Ekstra faktorer og markeringer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_factors_page.py" line="43"/>
        <source>Extra factors count in the four-domain profile only, never in the total. A flag can raise the case level on its own.</source>
        <translation>Ekstra faktorer tæller kun med i profilen over de fire områder, aldrig i den samlede score. En markering kan i sig selv hæve sagens niveau.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_factors_page.py" line="60"/>
        <source>No extra factors in this domain.</source>
        <translation>Ingen ekstra faktorer i dette område.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_factors_page.py" line="64"/>
        <source>Escalation flags</source>
        <translation>Markeringer, der hæver niveauet</translation>
    </message>
</context>
<context>
    <name>AssessmentIntroPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="44"/>
        <source>About this instrument</source>
        <translation>Om instrumentet</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="49"/>
        <source>Assessment date</source>
        <translation>Vurderingsdato</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="52"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="54"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="55"/>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="56"/>
        <source>Assessment &amp;date:</source>
        <translation>Vurderings&amp;dato:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="60"/>
        <source>Sources of information</source>
        <translation>Kilder til oplysningerne</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="85"/>
        <source>&amp;Interview with the young person</source>
        <translation>&amp;Samtale med den unge</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="87"/>
        <source>Case &amp;file</source>
        <translation>Sags&amp;akter</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="89"/>
        <source>&amp;School</source>
        <translation>S&amp;kole</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="91"/>
        <source>P&amp;olice</source>
        <translation>P&amp;oliti</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_intro_page.py" line="93"/>
        <source>&amp;Parents</source>
        <translation>&amp;Forældre</translation>
    </message>
</context>
<context>
    <name>AssessmentResponsivityPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_responsivity_page.py" line="33"/>
        <source>Responsivity and other needs</source>
        <translation>Responsivitet og andre behov</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_responsivity_page.py" line="36"/>
        <source>These shape how to work with the young person; they do not change the score.</source>
        <translation>De påvirker, hvordan der arbejdes med den unge; de ændrer ikke scoren.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_responsivity_page.py" line="41"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_responsivity_page.py" line="59"/>
        <source>Notes on responsivity and other needs</source>
        <translation>Noter om responsivitet og andre behov</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_responsivity_page.py" line="61"/>
        <source>N&amp;otes on how to work with the young person:</source>
        <translation>N&amp;oter om, hvordan der arbejdes med den unge:</translation>
    </message>
</context>
<context>
    <name>AssessmentSummaryPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="67"/>
        <source>Summary</source>
        <translation>Opsummering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="72"/>
        <source>About this instrument</source>
        <translation>Om instrumentet</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="76"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="92"/>
        <source>Factors present per risk domain</source>
        <translation>Faktorer til stede pr. risikoområde</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="93"/>
        <source>Four-domain profile</source>
        <translation>Profil over de fire områder</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="106"/>
        <source>Why this level</source>
        <translation>Hvorfor dette niveau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="107"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="113"/>
        <source>O&amp;verride the overall risk</source>
        <translation>Ændr den samlede &amp;risiko</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="115"/>
        <source>Overall risk by professional judgement</source>
        <translation>Samlet risiko efter fagligt skøn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="118"/>
        <source>Reason for overriding the overall risk</source>
        <translation>Begrundelse for at ændre den samlede risiko</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="119"/>
        <source>Choose another &amp;level</source>
        <translation>Vælg et andet ni&amp;veau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="121"/>
        <source>Level by professional judgement</source>
        <translation>Niveau efter fagligt skøn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="124"/>
        <source>Reason for choosing another level</source>
        <translation>Begrundelse for at vælge et andet niveau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="125"/>
        <source>Professional judgement</source>
        <translation>Fagligt skøn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="147"/>
        <source>Unanswered items</source>
        <translation>Ubesvarede spørgsmål</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="148"/>
        <source>Why items are unanswered</source>
        <translation>Hvorfor spørgsmål er ubesvarede</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="151"/>
        <source>Some items are unanswered. Write &amp;why before finalising:</source>
        <translation>Nogle spørgsmål er ubesvarede. Skriv &amp;hvorfor, før vurderingen afsluttes:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="158"/>
        <source>&amp;Finalise assessment</source>
        <translation>&amp;Afslut vurderingen</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="159"/>
        <source>Finalise the assessment</source>
        <translation>Afslut vurderingen</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="194"/>
        <source>Domain scores</source>
        <translation>Score pr. område</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="197"/>
        <source>Domain</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="198"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="199"/>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="200"/>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="201"/>
        <source>Unanswered</source>
        <translation>Ubesvarede</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="261"/>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="287"/>
        <source>at least %1</source>
        <translation>mindst %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="262"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="276"/>
        <source>Total score: %1 of %2</source>
        <translation>Samlet score: %1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="282"/>
        <source>Total score: at least %1 of %2 (%3 items unanswered)</source>
        <translation>Samlet score: mindst %1 af %2 (%3 spørgsmål ubesvarede)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="290"/>
        <source>Overall risk: %1 by professional judgement (computed: %2)</source>
        <translation>Samlet risiko: %1 efter fagligt skøn (beregnet: %2)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="295"/>
        <source>Overall risk: %1</source>
        <translation>Samlet risiko: %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="311"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="367"/>
        <source>Write a reason for overriding the overall risk.</source>
        <translation>Skriv en begrundelse for at ændre den samlede risiko.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_summary_page.py" line="370"/>
        <source>Write a reason for choosing another level.</source>
        <translation>Skriv en begrundelse for at vælge et andet niveau.</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="36"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="38"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="42"/>
        <source>Overall risk</source>
        <translation>Samlet risiko</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="44"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="46"/>
        <source>Made by</source>
        <translation>Udført af</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="51"/>
        <source>Final (corrected later)</source>
        <translation>Afsluttet (senere rettet)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="53"/>
        <source>Final</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="55"/>
        <source>Draft (correction)</source>
        <translation>Udkast (rettelse)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_table_model.py" line="56"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="81"/>
        <source>Assessment – %1</source>
        <translation>Vurdering – %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="84"/>
        <source>Assessment of %1</source>
        <translation>Vurdering af %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="91"/>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="108"/>
        <source>Save status</source>
        <translation>Gemt-status</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="109"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="110"/>
        <source>Previous step (Alt+B or Ctrl+Page Up)</source>
        <translation>Forrige trin (Alt+T eller Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="113"/>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="114"/>
        <source>Next step (Alt+N or Ctrl+Page Down)</source>
        <translation>Næste trin (Alt+N eller Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="117"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="118"/>
        <source>Save and close (Esc)</source>
        <translation>Gem og luk (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="249"/>
        <source>Not taken: %1</source>
        <translation>Ikke gemt i udkastet: %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="252"/>
        <source>Unsaved changes…</source>
        <translation>Ændringer gemmes…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="272"/>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="277"/>
        <source>Saved at %1</source>
        <translation>Gemt kl. %1</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="303"/>
        <source>Finalised.</source>
        <translation>Afsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="310"/>
        <source>Final</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="310"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="314"/>
        <source>finalised %1 by %2</source>
        <translation>afsluttet %1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="320"/>
        <source>This assessment is final and cannot be changed. Start a correction from the assessments list to change it.</source>
        <translation>Vurderingen er afsluttet og kan ikke ændres. Start en rettelse fra listen over vurderinger for at ændre den.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessment_wizard.py" line="325"/>
        <source>corrects an earlier assessment</source>
        <translation>retter en tidligere vurdering</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="64"/>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="120"/>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="131"/>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="167"/>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="81"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Ny vurdering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="82"/>
        <source>New assessment for this person (Ctrl+Shift+A)</source>
        <translation>Ny vurdering af personen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="84"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="85"/>
        <source>Continue a draft, or view a final assessment</source>
        <translation>Fortsæt et udkast, eller se en afsluttet vurdering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="86"/>
        <source>Open the selected assessment</source>
        <translation>Åbn den valgte vurdering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="88"/>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="89"/>
        <source>Start a correction of the final assessment</source>
        <translation>Start en rettelse af den afsluttede vurdering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="90"/>
        <source>Correct the selected assessment</source>
        <translation>Ret den valgte vurdering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="92"/>
        <source>Co&amp;mpare</source>
        <translation>Sa&amp;mmenlign</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="94"/>
        <source>Compare the two selected assessments, or the selected one with the one before</source>
        <translation>Sammenlign de to valgte vurderinger, eller den valgte med den forrige</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="96"/>
        <source>Compare assessments</source>
        <translation>Sammenlign vurderinger</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="133"/>
        <source>Choose a case in the case list; its person&apos;s assessments are shown here.</source>
        <translation>Vælg en sag i sagslisten; personens vurderinger vises her.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="155"/>
        <source>Assessments of %1 (case %2)</source>
        <translation>Vurderinger af %1 (sag %2)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="160"/>
        <source>Enter opens; select two with Shift or Ctrl to compare them.</source>
        <translation>Enter åbner; vælg to med Shift eller Ctrl for at sammenligne dem.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/assessments_page.py" line="200"/>
        <source>Choose a case in the case list first.</source>
        <translation>Vælg først en sag i sagslisten.</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="63"/>
        <source>Name, CPR number or case number</source>
        <translation>Navn, CPR-nummer eller sagsnummer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="64"/>
        <source>Search cases</source>
        <translation>Søg i sager</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="67"/>
        <source>&amp;Search:</source>
        <translation>Sø&amp;g:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="70"/>
        <source>&amp;New person and case</source>
        <translation>&amp;Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="71"/>
        <source>New person and case</source>
        <translation>Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="73"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="74"/>
        <source>Open the selected case</source>
        <translation>Åbn den valgte sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="78"/>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="118"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="151"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="43"/>
        <source>Case no.</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="45"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="47"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="49"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="51"/>
        <source>Kind</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="55"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="57"/>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="34"/>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="55"/>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="36"/>
        <source>Current password</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="37"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="38"/>
        <source>Repeat new password</source>
        <translation>Gentag ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="41"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="42"/>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="43"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Gentag ny adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="63"/>
        <source>The other users&apos; passwords are not affected.</source>
        <translation>De andre brugeres adgangskoder berøres ikke.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/change_password_dialog.py" line="78"/>
        <source>The two new passwords are not the same.</source>
        <translation>De to nye adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="37"/>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="62"/>
        <source>Close case</source>
        <translation>Luk sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="42"/>
        <source>Closing date</source>
        <translation>Lukkedato</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="45"/>
        <source>Reason for closing</source>
        <translation>Årsag til lukning</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="47"/>
        <source>Closing &amp;date:</source>
        <translation>Luk&amp;kedato:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
</context>
<context>
    <name>FourDomainChart</name>
    <message>
        <location filename="../../src/riskdesk/gui/four_domain_chart.py" line="41"/>
        <source>Four-domain profile</source>
        <translation>Profil over de fire områder</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/four_domain_chart.py" line="70"/>
        <source>Factors present</source>
        <translation>Faktorer til stede</translation>
    </message>
</context>
<context>
    <name>GuardiansEditor</name>
    <message>
        <location filename="../../src/riskdesk/gui/guardians_editor.py" line="32"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/guardians_editor.py" line="32"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/guardians_editor.py" line="32"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/guardians_editor.py" line="32"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/guardians_editor.py" line="34"/>
        <source>Guardians</source>
        <translation>Forældremyndighedsindehavere</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/guardians_editor.py" line="40"/>
        <source>Add guardian</source>
        <translation>Tilføj forældremyndighedsindehaver</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/guardians_editor.py" line="43"/>
        <source>Remove guardian</source>
        <translation>Fjern forældremyndighedsindehaver</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="59"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="93"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="95"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="98"/>
        <source>Change &amp;password…</source>
        <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="100"/>
        <source>&amp;Check vault integrity</source>
        <translation>&amp;Kontrollér boksen</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="107"/>
        <source>&amp;Cases</source>
        <translation>&amp;Sager</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="108"/>
        <source>&amp;New person and case…</source>
        <translation>&amp;Ny borger og sag…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="111"/>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="115"/>
        <source>&amp;Assessments</source>
        <translation>&amp;Vurderinger</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="116"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny vurdering…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="122"/>
        <source>&amp;Assessments of the selected case</source>
        <translation>&amp;Vurderinger for den valgte sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="137"/>
        <source>RiskDesk – %1 – %2 (%3)</source>
        <translation>RiskDesk – %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="144"/>
        <source>Unlocked.</source>
        <translation>Låst op.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="162"/>
        <source>%1 form file(s) could not be loaded: %2. First problem: %3, %4: %5</source>
        <translation>%1 skemafil(er) kunne ikke indlæses: %2. Første problem: %3, %4: %5</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="198"/>
        <source>Your password is changed.</source>
        <translation>Din adgangskode er ændret.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="208"/>
        <source>Checking the vault page by page…</source>
        <translation>Kontrollerer boksen side for side…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="213"/>
        <source>The vault is intact.</source>
        <translation>Boksen er intakt.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="215"/>
        <source>The check could not be completed. Try again after unlocking.</source>
        <translation>Kontrollen kunne ikke gennemføres. Prøv igen, når boksen er låst op.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="218"/>
        <source>The check found %1 problems. Restore the vault from a backup and contact support.</source>
        <translation>Kontrollen fandt %1 fejl. Gendan boksen fra en sikkerhedskopi, og kontakt support.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="263"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>PersonCaseEditor</name>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="91"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="100"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="102"/>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="106"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="108"/>
        <source>Close without saving (Esc)</source>
        <translation>Luk uden at gemme (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="110"/>
        <source>Close case…</source>
        <translation>Luk sag…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="111"/>
        <source>Close the case</source>
        <translation>Luk sagen</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="115"/>
        <source>Reopen case</source>
        <translation>Genåbn sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="134"/>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="135"/>
        <source>New person and case</source>
        <translation>Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="136"/>
        <source>The case number is given when the case is saved.</source>
        <translation>Sagsnummeret tildeles, når sagen gemmes.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="145"/>
        <source>Person</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="148"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="150"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-XXXX</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="151"/>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="153"/>
        <source>YYYY-MM-DD, only without a CPR number</source>
        <translation>ÅÅÅÅ-MM-DD, kun uden CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="154"/>
        <source>Date of &amp;birth:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="155"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="156"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="157"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="158"/>
        <source>P&amp;ostal code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="159"/>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="161"/>
        <source>&amp;Guardians (minors):</source>
        <translation>&amp;Forældremyndighed (mindreårige):</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="162"/>
        <source>Notes about the &amp;person:</source>
        <translation>Noter om bor&amp;geren:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="166"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="170"/>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="177"/>
        <source>&amp;Kind:</source>
        <translation>Sags&amp;type:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="179"/>
        <source>&amp;Referred by:</source>
        <translation>&amp;Henvist af:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="182"/>
        <source>Le&amp;gal basis for sharing:</source>
        <translation>Hje&amp;mmel til videregivelse:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="184"/>
        <source>No&amp;te on the legal basis:</source>
        <translation>N&amp;ote om hjemmel:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="188"/>
        <source>Opene&amp;d on:</source>
        <translation>Op&amp;rettet den:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="189"/>
        <source>Notes on the ca&amp;se:</source>
        <translation>Noter om &amp;sagen:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="270"/>
        <source>Person and case</source>
        <translation>Borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="273"/>
        <source>Case %1 · %2 · caseworker %3</source>
        <translation>Sag %1 · %2 · sagsbehandler %3</translation>
    </message>
</context>
<context>
    <name>ReassessmentView</name>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="50"/>
        <source>Reassessment</source>
        <translation>Genvurdering</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="55"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="61"/>
        <source>Before: %1 (%2) · After: %3 (%4)</source>
        <translation>Før: %1 (%2) · Efter: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="71"/>
        <source>Total score</source>
        <translation>Samlet score</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="73"/>
        <source>Overall risk</source>
        <translation>Samlet risiko</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="77"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="93"/>
        <source>Instrument domains</source>
        <translation>Instrumentets områder</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="96"/>
        <source>Four risk domains</source>
        <translation>De fire risikoområder</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="126"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="126"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="176"/>
        <source>not in this version</source>
        <translation>ikke i denne version</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="178"/>
        <source>strength</source>
        <translation>styrke</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="187"/>
        <source>unanswered</source>
        <translation>ubesvaret</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="190"/>
        <source>final</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/reassessment_view.py" line="190"/>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../src/riskdesk/gui/session_controller.py" line="145"/>
        <source>The new language is used from the next start of RiskDesk.</source>
        <translation>Det nye sprog bruges, næste gang RiskDesk startes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="38"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="44"/>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minutter uden brug</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="46"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="53"/>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="55"/>
        <source>A new language takes effect when RiskDesk is restarted.</source>
        <translation>Et nyt sprog træder i kraft, når RiskDesk startes igen.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="59"/>
        <source>RiskDesk – unlock</source>
        <translation>RiskDesk – lås op</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="63"/>
        <source>Unlock RiskDesk</source>
        <translation>Lås RiskDesk op</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="66"/>
        <source>The vault is encrypted. Enter your user name and password to open it.</source>
        <translation>Boksen er krypteret. Skriv dit brugernavn og din adgangskode for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="68"/>
        <source>RiskDesk was locked because it was not used for a while.</source>
        <translation>RiskDesk blev låst, fordi den ikke har været brugt i et stykke tid.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="73"/>
        <source>Vault file</source>
        <translation>Boksfil</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="76"/>
        <source>Browse for the vault file</source>
        <translation>Find boksfilen</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="84"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="88"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="91"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Boks:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="92"/>
        <source>&amp;User name:</source>
        <translation>Bruger&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="93"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="98"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="103"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;slut</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="153"/>
        <source>Choose vault</source>
        <translation>Vælg boks</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="155"/>
        <source>RiskDesk vaults (*.rdv);;All files (*)</source>
        <translation>RiskDesk-bokse (*.rdv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="169"/>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="181"/>
        <source>The vault could not be opened because of an unexpected error (%1).</source>
        <translation>Boksen kunne ikke åbnes på grund af en uventet fejl (%1).</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="192"/>
        <source>Choose the vault file.</source>
        <translation>Vælg boksfilen.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="194"/>
        <source>Enter your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="196"/>
        <source>Enter your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
</context>
</TS>
