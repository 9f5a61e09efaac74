<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AanmeldingDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/aanmelding.py" line="+101"/>
        <source>Nieuwe aanmelding</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Naam van het gezin</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld: Gezin Jansen</source>
        <translation>For example: Jansen family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dres</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;aats</source>
        <translation>Tow&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouders</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouder toevoegen</source>
        <translation>Add a parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind toevoegen</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanmelding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanmel&amp;ddatum</source>
        <translation>Referral &amp;date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aangemeld &amp;via</source>
        <translation>Referred &amp;through</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aangemeld d&amp;oor</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld juf Mirjam</source>
        <translation>For example Ms Mirjam</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Opslaan en traject starten</source>
        <translation>&amp;Save and start the programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Ouder zelf</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Voornaam ouder</source>
        <translation>Parent first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achternaam ouder</source>
        <translation>Parent last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon ouder</source>
        <translation>Parent phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taal thuis</source>
        <translation>Language at home</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tolk nodig</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voornaam kind</source>
        <translation>Child first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groep {nr}</source>
        <translation>Group {nr}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Nog niet bekend</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Leerkracht</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Schrijf de datum als dag-maand-jaar, bijvoorbeeld 02-11-2026.</source>
        <translation>Write the date as day-month-year, for example 02-11-2026.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deze datum bestaat niet: {datum}.</source>
        <translation>This date does not exist: {datum}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nog niet opgeslagen: {melding}</source>
        <translation>Not saved yet: {melding}</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../samenleren_desktop/ui/sync_forms.py" line="+102"/>
        <source>Gekoppeld</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deze laptop heeft geen toegang meer tot de server. Koppel hem opnieuw.</source>
        <translation>This laptop no longer has access to the server. Link it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Opnieuw koppelen</source>
        <translation>&amp;Link again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst gesynchroniseerd</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtende wijzigingen</source>
        <translation>Waiting changes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>begeleider</source>
        <translation>coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} wijziging(en) wachten op verzending</source>
        <translation>{n} change(s) waiting to be sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geen: alles is verstuurd</source>
        <translation>none: everything has been sent</translation>
    </message>
</context>
<context>
    <name>AfsprakenBox</name>
    <message>
        <location filename="../samenleren_desktop/ui/plan_editor.py" line="+308"/>
        <source>Afsprakenkaart</source>
        <translation>Agreements card</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Afspraak</source>
        <translation>A&amp;greement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie doet &amp;het</source>
        <translation>&amp;Who does it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verwi&amp;jderen</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Wanneer</source>
        <translation>W&amp;hen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Toevoe&amp;gen</source>
        <translation>Add to the &amp;list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wijziging op&amp;slaan</source>
        <translation>&amp;Save change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraak wijzigen</source>
        <translation>Change agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak verwijderen</source>
        <translation>Delete agreement</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../samenleren_desktop/ui/audit_filters.py" line="+24"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgelopen 7 dagen</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgelopen 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelf kiezen</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <location filename="../samenleren_desktop/ui/audit_table.py" line="+28"/>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bekeken</source>
        <translation>viewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gezocht</source>
        <translation>searched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>van laptop gehaald</source>
        <translation>removed from laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewist</source>
        <translation>erased</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gezin</source>
        <translation>family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traject</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begeleider van traject</source>
        <translation>coach of programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smiley</source>
        <translation>smiley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vragenlijst</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zorg</source>
        <translation>concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verwijzing</source>
        <translation>referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afsprakenkaart</source>
        <translation>agreement card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logboek</source>
        <translation>audit log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier is de keten verbroken.</source>
        <translation>The chain is broken here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>niet op deze laptop ({0})</source>
        <translation>not on this laptop ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apparaat</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 gezin gevonden</source>
        <translation>1 family found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} gezinnen gevonden</source>
        <translation>{0} families found</translation>
    </message>
    <message>
        <location filename="../samenleren_desktop/ui/audit_status.py" line="+21"/>
        <source>een regel is achteraf veranderd</source>
        <translation>an entry was changed afterwards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>er is een regel weggehaald</source>
        <translation>an entry was removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de volgorde van de regels is veranderd</source>
        <translation>the order of the entries was changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>er is een regel tussengevoegd</source>
        <translation>an entry was inserted</translation>
    </message>
    <message>
        <location filename="../samenleren_desktop/ui/audit_view.py" line="+86"/>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hier ziet u wie wanneer en op welk apparaat gegevens van een gezin heeft bekeken of veranderd. Het logboek bewaart alleen wat er gebeurde, niet de gegevens zelf.</source>
        <translation>Here you see who viewed or changed a family&apos;s data, when, and on which device. The audit log keeps only what happened, not the data itself.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Staat van de keten</source>
        <translation>State of the chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logboek op de server</source>
        <translation>Audit log on the server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ver&amp;nieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logboek vernieuwen</source>
        <translation>Refresh the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw lezen en de keten controleren (F5)</source>
        <translation>Read again and check the chain (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Exporteren als CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logboek als CSV-bestand opslaan</source>
        <translation>Save the audit log as a CSV file</translation>
    </message>
    <message>
        <location filename="../samenleren_desktop/ui/audit_table.py" line="-16"/>
        <source>Regels van het logboek</source>
        <translation>Entries of the audit log</translation>
    </message>
    <message>
        <location filename="../samenleren_desktop/ui/audit_view.py" line="+50"/>
        <location line="+5"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De keten wordt gecontroleerd…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The audit log could not be read.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>De nieuwste {0} van {1} regels; kies een periode of gezin voor de rest.</source>
        <translation>The newest {0} of {1} entries; choose a period or family to see the rest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} regels</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geen regels bij deze keuzes.</source>
        <translation>No entries match these choices.</translation>
    </message>
    <message>
        <location filename="../samenleren_desktop/ui/audit_status.py" line="+23"/>
        <source>✔ Keten in orde: geen van de {0} regels is achteraf veranderd, weggehaald of tussengevoegd.</source>
        <translation>✔ Chain intact: none of the {0} entries was changed, removed or inserted afterwards.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} nieuwe regels komen bij de volgende wijziging in de keten.</source>
        <translation>{0} new entries join the chain with the next change.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>✖ Keten verbroken bij regel {0}: {1}. Het logboek is na het schrijven aangepast; meld dit bij de beheerder.</source>
        <translation>✖ Chain broken at entry {0}: {1}. The audit log was altered after it was written; report this to the administrator.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deze werkruimte is niet gekoppeld aan een server: het logboek staat alleen op deze laptop.</source>
        <translation>This workspace is not linked to a server: the audit log is only on this laptop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het logboek is nog niet naar de server gestuurd.</source>
        <translation>The audit log has not been sent to the server yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Op de server: het logboek tot en met regel {0} ({1}).</source>
        <translation>On the server: the audit log up to and including entry {0} ({1}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laatste poging ({0}): {1}</source>
        <translation>Last attempt ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../samenleren_desktop/ui/audit_view.py" line="+52"/>
        <source>Logboek opslaan</source>
        <translation>Save the audit log</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Er is nog niets van de server om op te slaan.</source>
        <translation>There is nothing from the server to save yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het logboek wordt opgeslagen…</source>
        <translation>Saving the audit log…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} regels opgeslagen in {1}. Let op: dit bestand is niet versleuteld; bewaar het veilig en gooi het weg als het niet meer nodig is.</source>
        <translation>{0} entries saved in {1}. Note: this file is not encrypted; keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het logboek kon niet worden opgeslagen.</source>
        <translation>The audit log could not be saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Probeer het opnieuw.</source>
        <translation>Please try again.</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <location filename="../samenleren_desktop/ui/autolock.py" line="+185"/>
        <source>Het wachtwoord kon niet worden gecontroleerd. Probeer het opnieuw.</source>
        <translation>The passphrase could not be checked. Please try again.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../samenleren_desktop/ui/backup_box.py" line="+55"/>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een reservekopie is één versleuteld bestand met de hele werkruimte. Bewaar het op een USB-stick of schijf van de organisatie. Het gaat open met het wachtwoord van vandaag, of met de herstelsleutel van de organisatie.</source>
        <translation>A backup is one encrypted file with the whole workspace. Keep it on a USB stick or on the organisation&apos;s drive. It opens with today&apos;s passphrase, or with the organisation&apos;s recovery key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reservekopie maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservekopie maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bezig</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Terugzetten doet de beheerder, in een nieuwe map, met &lt;i&gt;samenleren workspace restore&lt;/i&gt;. Daarna opent u de werkruimte met het wachtwoord van de dag waarop de kopie is gemaakt.</source>
        <translation>The administrator restores a backup, into a new folder, with &lt;i&gt;samenleren workspace restore&lt;/i&gt;. Then you open the workspace with the passphrase of the day the backup was made.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reservekopie opslaan</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reservekopie van Samen Leren (*{achtervoegsel})</source>
        <translation>Samen Leren backup (*{achtervoegsel})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bezig met de reservekopie…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reservekopie geschreven naar {bestand}.</source>
        <translation>Backup written to {bestand}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De reservekopie kon daar niet worden geschreven. Kies een andere map; er is niets veranderd.</source>
        <translation>The backup could not be written there. Choose another folder; nothing has changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Er is niets veranderd.</source>
        <translation>Something went wrong that should not have happened. Nothing has changed.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/export_dialog.py" line="+251"/>
        <source>Documenten voor alle afgeronde trajecten</source>
        <translation>Documents for all finished programmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welk document</source>
        <translation>Which document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{0} afgeronde trajecten.</source>
        <translation>{0} finished programmes.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Maken</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documenten maken</source>
        <translation>Make documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>van {0} tot en met {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} afgeronde trajecten in de selectie van het overzicht ({1}).</source>
        <translation>{0} finished programmes in the overview&apos;s selection ({1}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>De documenten worden gemaakt…</source>
        <translation>Making the documents…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Gestopt: {0} documenten gemaakt.</source>
        <translation>Stopped: {0} documents made.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaar: {0} documenten gemaakt.</source>
        <translation>Done: {0} documents made.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} niet gelukt:</source>
        <translation>{0} failed:</translation>
    </message>
</context>
<context>
    <name>BesluitDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/zorg.py" line="+93"/>
        <source>Besluit over de zorg</source>
        <translation>Decision about the concern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besloten op</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Besluit:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../samenleren_desktop/ui/caseload.py" line="+72"/>
        <source>Mijn gezinnen</source>
        <translation>My families</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoek op gezin, ouder, kind of plaats (Ctrl+F)</source>
        <translation>Search by family, parent, child or town (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken in mijn gezinnen</source>
        <translation>Search my families</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nieuwe aanmelding</source>
        <translation>&amp;New referral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe aanmelding (Ctrl+N)</source>
        <translation>New referral (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een nieuw gezin aanmelden (Ctrl+N)</source>
        <translation>Refer a new family (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Te laat</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen wat te laat is</source>
        <translation>Only what is overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actie deze week</source>
        <translation>&amp;Action this week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen wat deze week actie vraagt</source>
        <translation>Only what needs action this week</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gezinnen worden geladen</source>
        <translation>Loading families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Gezinnen en hun volgende stap</source>
        <translation>Families and their next step</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Gezinnen laden…</source>
        <translation>Loading families…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog geen gezinnen. Kies &apos;Nieuwe aanmelding&apos; om een gezin aan te melden.</source>
        <translation>No families yet. Choose &apos;New referral&apos; to refer a family.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 gezin</source>
        <translation>1 family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} gezinnen</source>
        <translation>{total} families</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} van {total} gezinnen</source>
        <translation>{shown} of {total} families</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>De gezinnen konden niet worden geladen. Er is niets verloren.</source>
        <translation>The families could not be loaded. Nothing was lost.</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../samenleren_desktop/ui/conflict_cards.py" line="+58"/>
        <source>Bewaard</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere waarde</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaarde waarde: {w}</source>
        <translation>Kept value: {w}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere waarde: {w}</source>
        <translation>Other value: {w}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Verwijdering accepteren</source>
        <translation>Accept the deletion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gezien</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze houden</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Herstellen met de wijziging</source>
        <translation>Restore with the change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere waarde kiezen</source>
        <translation>Choose the other value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Binnengekomen op {tijd}</source>
        <translation>Arrived at {tijd}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>laatst gewijzigd door {wie}</source>
        <translation>last changed by {wie}</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location line="+41"/>
        <source>Geen conflicten: alles is op elkaar afgestemd.</source>
        <translation>No conflicts: everything agrees.</translation>
    </message>
</context>
<context>
    <name>ContactenModel</name>
    <message>
        <location filename="../samenleren_desktop/ui/visits.py" line="+45"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reistijd</source>
        <translation>Travel time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>CoordinatorOverview</name>
    <message>
        <location filename="../samenleren_desktop/ui/coordinator.py" line="+97"/>
        <source>Overzicht voor coördinatoren</source>
        <translation>Overview for coordinators</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Begeleider</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trajecten per begeleider</source>
        <translation>Programmes per coach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapportage als &amp;PDF…</source>
        <translation>Report as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapportage als PDF en CSV opslaan</source>
        <translation>Save the report as PDF and CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificaten…</source>
        <translation>&amp;Certificates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificaten van afgeronde trajecten</source>
        <translation>Certificates of finished programmes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tot en met:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Begeleider:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} trajecten, {1} met een stap die te laat is.</source>
        <translation>{0} programmes, {1} with an overdue step.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rapportage opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>De rapportage wordt gemaakt…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opgeslagen: {0} (niet versleuteld)</source>
        <translation>Saved: {0} (not encrypted)</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../samenleren_desktop/ui/create_page.py" line="+31"/>
        <source>&lt;h1&gt;Welkom bij Samen Leren&lt;/h1&gt;&lt;p&gt;Er wordt een versleutelde werkruimte gemaakt in&lt;br&gt;{map}&lt;/p&gt;&lt;p&gt;Kies een wachtwoord van minstens {lengte} tekens. Een zin van een paar woorden is makkelijk te onthouden.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Welcome to Samen Leren&lt;/h1&gt;&lt;p&gt;An encrypted workspace will be made in&lt;br&gt;{map}&lt;/p&gt;&lt;p&gt;Choose a passphrase of at least {lengte} characters. A sentence of a few words is easy to remember.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkruimte &amp;maken</source>
        <translation>&amp;Make workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkruimte maken</source>
        <translation>Make workspace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezig met maken…</source>
        <translation>Making the workspace…</translation>
    </message>
</context>
<context>
    <name>DatumDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/zorg.py" line="+60"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../samenleren_desktop/ui/sync_forms.py" line="-109"/>
        <source>Koppel deze laptop aan de server van uw organisatie. Daarna synchroniseert het programma vanzelf als er verbinding is; zonder verbinding werkt u gewoon door.</source>
        <translation>Link this laptop to your organisation&apos;s server. After that the program synchronises by itself whenever there is a connection; without one you simply keep working.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serveradres</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vastgezet door de beheerder</source>
        <translation>Set by the administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>&amp;Koppelen</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Serveradres</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bezig met koppelen…</source>
        <translation>Linking…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/erase_dialog.py" line="+78"/>
        <source>Gezin wissen</source>
        <translation>Erase family</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 definitief wissen?</source>
        <translation>Erase %1 for good?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alle gegevens van dit gezin worden gewist: de kinderen, het traject, de bezoeken, de vragenlijsten en alles wat verder over het gezin bewaard is. Dat gebeurt meteen op de server en op deze laptop, en op de laptops van de begeleiders zodra die synchroniseren.</source>
        <translation>All data of this family will be erased: the children, the traject, the visits, the questionnaires and everything else kept about the family. This happens at once on the server and on this laptop, and on the coaches&apos; laptops as soon as they synchronise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dit kan niet ongedaan worden gemaakt.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wil het gezin eerst zien wat er over hen bewaard is? Maak dan eerst het dossier (PDF) en geef het aan het gezin.</source>
        <translation>Does the family want to see first what is kept about them? Then make the dossier (PDF) first and give it to the family.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eerst &amp;dossier maken (PDF)…</source>
        <translation>Make the &amp;dossier first (PDF)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Typ de naam van het gezin om te bevestigen: %1</source>
        <translation>&amp;Type the family&apos;s name to confirm: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Naam van het gezin ter bevestiging</source>
        <translation>Family name to confirm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bezig met wissen</source>
        <translation>Erasing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definitief &amp;wissen</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Bezig met wissen op de server…</source>
        <translation>Erasing on the server…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Het gezin is misschien niet gewist; kijk na de volgende synchronisatie of het er nog is.</source>
        <translation>Something went wrong that should not have happened. The family may not have been erased; check after the next synchronisation whether it is still there.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../samenleren_desktop/ui/errors.py" line="+119"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren: wat u al had opgeslagen, staat veilig in de werkruimte. Probeer het opnieuw.</source>
        <translation>Something went wrong that should not have happened. Nothing was lost: what you had saved is safe in the workspace. Please try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blijft het misgaan? Geef dan dit bestand aan de beheerder: {path}</source>
        <translation>Does it keep going wrong? Then give this file to the administrator: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/export_dialog.py" line="-321"/>
        <source>Het document kon niet worden gemaakt. Probeer het opnieuw.</source>
        <translation>The document could not be made. Please try again.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+13"/>
        <source>Document maken</source>
        <translation>Make document</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Welk document</source>
        <translation>Which document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maken</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Let op: een PDF is niet versleuteld. Bewaar hem veilig.</source>
        <translation>Note: a PDF is not encrypted. Keep it safe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het document wordt gemaakt…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Klaar: {0}</source>
        <translation>Done: {0}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/toestemming.py" line="+115"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opslaan (Enter of Ctrl+S)</source>
        <translation>Save (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../samenleren_desktop/ui/plan_editor.py" line="-205"/>
        <source>Subdoelen</source>
        <translation>Subgoals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subdoelen van {goal}</source>
        <translation>Subgoals of {goal}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notities per stap van de leercyclus</source>
        <translation>Notes per step of the learning cycle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ervaren</source>
        <translation>&amp;Experience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bespreken</source>
        <translation>&amp;Discuss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Informeren</source>
        <translation>&amp;Inform</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activiteiten uit de informatiemap</source>
        <translation>Activities from the information folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activiteiten voor {goal}</source>
        <translation>Activities for {goal}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kiezen</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activiteit kiezen</source>
        <translation>Choose activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een activiteit samen met de ouder</source>
        <translation>Choose an activity together with the parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activiteit gedaan</source>
        <translation>Activity done</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Probere&amp;n</source>
        <translation>Tr&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kies met o&amp;uder</source>
        <translation>Choose with &amp;parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ge&amp;daan</source>
        <translation>Mar&amp;k as done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keuze weghalen</source>
        <translation>Remove choice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wegha&amp;len</source>
        <translation>Remo&amp;ve choice</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begeleider</source>
        <translation>coach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ✓ gekozen door {who}, gedaan op {day}</source>
        <translation>  ✓ chosen by {who}, done on {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ★ gekozen door {who}</source>
        <translation>  ★ chosen by {who}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dit doel staat niet meer in het plan.</source>
        <translation>This goal is no longer in the plan.</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../samenleren_desktop/ui/lock_overlay.py" line="+45"/>
        <source>&lt;h1&gt;Samen Leren is vergrendeld&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Samen Leren is locked&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samen Leren is vergrendeld</source>
        <translation>Samen Leren is locked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het scherm is op slot gegaan zodat niemand anders de gegevens kan zien. Wat u aan het doen was, staat nog klaar. Typ uw wachtwoord om verder te gaan.</source>
        <translation>The screen was locked so that nobody else can see the data. What you were doing is still there. Type your passphrase to go on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation>&amp;Forgot passphrase?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgot passphrase?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LogboekFilterBar</name>
    <message>
        <location filename="../samenleren_desktop/ui/audit_filters.py" line="+16"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle gezinnen</source>
        <translation>All families</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tot en met:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ge&amp;zin:</source>
        <translation>Fa&amp;mily:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actie:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gebruiker:</source>
        <translation>&amp;User:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../samenleren_desktop/ui/main_window.py" line="+59"/>
        <source>Samen Leren</source>
        <translation>Samen Leren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Statusregel</source>
        <translation>Status line</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{pagina} — Samen Leren</source>
        <translation>{pagina} — Samen Leren</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Samen Leren is vergrendeld</source>
        <translation>Samen Leren is locked</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../samenleren_desktop/ui/navigation.py" line="+30"/>
        <source>Schermen</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een scherm met de pijltjestoetsen, of met Ctrl en een cijfer.</source>
        <translation>Choose a screen with the arrow keys, or with Ctrl and a number.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{titel} (Ctrl+{nummer})</source>
        <translation>{titel} (Ctrl+{nummer})</translation>
    </message>
</context>
<context>
    <name>OrganisationLoader</name>
    <message>
        <location filename="../samenleren_desktop/ui/audit_server.py" line="+115"/>
        <source>Verbinden met de server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Logboek van de organisatie ophalen… {0} van {1} regels</source>
        <translation>Fetching the organisation&apos;s log… {0} of {1} lines</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>U ziet weer het logboek van deze laptop.</source>
        <translation>You are seeing this laptop&apos;s log again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze werkruimte is niet gekoppeld aan een server, dus het logboek van de organisatie is hier niet te zien.</source>
        <translation>This workspace is not linked to a server, so the organisation&apos;s log cannot be shown here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alleen een coördinator of beheerder kan het logboek van de organisatie zien.</source>
        <translation>Only a coordinator or administrator can see the organisation&apos;s log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De server kent het logboek van de organisatie nog niet.</source>
        <translation>The server does not know the organisation&apos;s log yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze laptop is niet meer aangemeld bij de server.</source>
        <translation>This laptop is no longer signed in to the server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De server is nu niet bereikbaar; probeer het later opnieuw.</source>
        <translation>The server cannot be reached now; try again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het logboek van de organisatie kon niet worden opgehaald.</source>
        <translation>The organisation&apos;s log could not be fetched.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ De server heeft {0} keer een logboek geweigerd omdat de keten niet klopte; het laatst van {1} bij regel {2} ({3}). Meld dit bij de beheerder.</source>
        <translation>✖ The server refused a log {0} times because the chain did not hold; the last one from {1} at line {2} ({3}). Report this to the administrator.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ {0} regels van de server kloppen niet meer (de eerste: {1}, regel {2}). Meld dit bij de beheerder.</source>
        <translation>✖ {0} lines from the server no longer hold (the first: {1}, line {2}). Report this to the administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Ketens in orde: de server heeft geen logboek geweigerd en de {0} regels zijn niet veranderd.</source>
        <translation>✔ Chains intact: the server refused no log and the {0} lines have not changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het logboek van de hele organisatie, van de server: regels van 1 apparaat (opgehaald om {0}).</source>
        <translation>The log of the whole organisation, from the server: lines from 1 device (fetched at {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het logboek van de hele organisatie, van de server: regels van {0} apparaten (opgehaald om {1}).</source>
        <translation>The log of the whole organisation, from the server: lines from {0} devices (fetched at {1}).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../samenleren_desktop/ui/app.py" line="+112"/>
        <source>Gezinnen</source>
        <translation>Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traject</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+117"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ParentView</name>
    <message>
        <location filename="../samenleren_desktop/ui/parent_view.py" line="+100"/>
        <source>Samen Leren voor ouders</source>
        <translation>Samen Leren for parents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scherm voor de ouder</source>
        <translation>Screen for the parent</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoeveelste vraag</source>
        <translation>Question number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✕ Begeleider</source>
        <translation>✕ Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar de begeleider</source>
        <translation>Back to the coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar de begeleider (Esc)</source>
        <translation>Back to the coach (Esc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hoe gaat het met:</source>
        <translation>How is it going with:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>← Vorige</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige vraag</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wat wil je samen doen?</source>
        <translation>What do you want to do together?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar, terug naar de begeleider</source>
        <translation>Done, back to the coach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Terug naar de begeleider?</source>
        <translation>Back to the coach?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ja, terug</source>
        <translation>Yes, go back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nee, verder</source>
        <translation>No, carry on</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Er zijn nog geen doelen gekozen.</source>
        <translation>No goals have been chosen yet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{goal}?</source>
        <translation>{goal}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoe gaat het met: {goal}?</source>
        <translation>How is it going with: {goal}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Dank je wel!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Er zijn geen activiteiten voor dit doel.</source>
        <translation>There are no activities for this goal.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Jullie kiezen: {name}</source>
        <translation>You chose: {name}</translation>
    </message>
</context>
<context>
    <name>PijlWidget</name>
    <message>
        <location filename="../samenleren_desktop/ui/pijl_widget.py" line="+83"/>
        <source>Trajectpijl</source>
        <translation>Programme arrow</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gedaan op %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uiterlijk %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gepland %1</source>
        <translation>Planned %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reden: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+12"/>
        <source>uiterlijk %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>gepland %1</source>
        <translation>planned %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../samenleren_desktop/ui/plan_editor.py" line="+174"/>
        <source>Plan van aanpak</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gekozen doelen</source>
        <translation>Chosen goals</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nog geen doelen. Vink links een doel aan voor subdoelen en activiteiten.</source>
        <translation>No goals yet. Tick a goal on the left for its subgoals and activities.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../samenleren_desktop/ui/questionnaire.py" line="+75"/>
        <source>Melding bij de vraag</source>
        <translation>Message about the question</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRunner</name>
    <message>
        <location line="+58"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eén vraag tegelijk</source>
        <translation>One question at a &amp;time</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A&amp;lles op één pagina</source>
        <translation>A&amp;ll on one page</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Vor&amp;ige vraag</source>
        <translation>&amp;Previous question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vol&amp;gende vraag</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter gaat ook naar de volgende vraag</source>
        <translation>Enter also goes to the next question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afronden</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dit traject bestaat niet (meer).</source>
        <translation>This programme does not exist (any more).</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+3"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Opgeslagen</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Afgerond op {datum}.</source>
        <translation>Finished on {datum}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Besluit: {besluit}.</source>
        <translation>Decision: {besluit}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Vraag {n} van {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} van {total} vragen beantwoord</source>
        <translation>{n} of {total} questions answered</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Advies van het programma: {besluit}.</source>
        <translation>Advice of the program: {besluit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Omdat:</source>
        <translation>Because:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jij beslist: jouw keuze hieronder telt.</source>
        <translation>You decide: your choice below counts.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/visit_dialog.py" line="+281"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/recovery_dialog.py" line="+76"/>
        <source>Nieuw wachtwoord met de herstelsleutel</source>
        <translation>New passphrase with the recovery key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bezig met nakijken of de werkruimte verzegeld is…</source>
        <translation>Checking whether the workspace is sealed…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Dit is voor de beheerder van uw organisatie. Met de herstelsleutel van de organisatie krijgt de werkruimte een nieuw wachtwoord; er gaat niets verloren. Het oude wachtwoord werkt daarna niet meer.&lt;/p&gt;&lt;p&gt;Nodig: het bestand met de privé-herstelsleutel en het wachtwoord daarvan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This is for your organisation&apos;s administrator. With the organisation&apos;s recovery key the workspace gets a new passphrase; nothing is lost. The old passphrase no longer works after that.&lt;/p&gt;&lt;p&gt;Needed: the file with the private recovery key and its passphrase.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Herstelsleutel &amp;kiezen…</source>
        <translation>&amp;Choose the recovery key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestand met de privé-herstelsleutel kiezen</source>
        <translation>Choose the file with the private recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>Nog geen bestand gekozen</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Wachtwoord van de herstelsleutel</source>
        <translation>Passphrase of the recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw wachtwoord voor de werkruimte</source>
        <translation>New passphrase for the workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herhaal het nieuwe wachtwoord</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bezig</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuw wachtwoord &amp;instellen</source>
        <translation>&amp;Set the new passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Privé-herstelsleutel</source>
        <translation>Private recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herstelsleutel (*.pem);;Alle bestanden (*)</source>
        <translation>Recovery key (*.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deze werkruimte is verzegeld voor de herstelsleutel {sleutel}…</source>
        <translation>This workspace is sealed for the recovery key {sleutel}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kies eerst het bestand met de privé-herstelsleutel.</source>
        <translation>First choose the file with the private recovery key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ het wachtwoord van de herstelsleutel.</source>
        <translation>Type the passphrase of the recovery key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bezig: de sleutel wordt gecontroleerd en het nieuwe wachtwoord ingesteld…</source>
        <translation>Working: checking the key and setting the new passphrase…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De werkruimte heeft een nieuw wachtwoord. Het oude werkt niet meer.</source>
        <translation>The workspace has a new passphrase. The old one no longer works.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Er is niets veranderd; probeer het opnieuw.</source>
        <translation>Something went wrong that should not have happened. Nothing has changed; please try again.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../samenleren_desktop/ui/settings_page.py" line="+68"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vergrendelen na minuten zonder gebruik</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nu &amp;vergrendelen (Ctrl+L)</source>
        <translation>&amp;Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu vergrendelen</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lettergrootte in procenten</source>
        <translation>Font size in percent</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>vastgezet door de beheerder</source>
        <translation>set by the administrator</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Organisatie: {naam}</source>
        <translation>Organisation: {naam}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: {adres}</source>
        <translation>Server: {adres}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logo voor &amp;documenten…</source>
        <translation>&amp;Logo for documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo voor documenten kiezen</source>
        <translation>Choose a logo for documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Geen logo</source>
        <translation>&amp;No logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen eigen logo op documenten</source>
        <translation>No logo of your own on documents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naam op documenten: {naam}</source>
        <translation>Name on documents: {naam}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam op documenten: de naam van de organisatie in de werkruimte</source>
        <translation>Name on documents: the organisation&apos;s name in the workspace</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo voor documenten</source>
        <translation>Logo for documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaatjes (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dit bestand is geen plaatje dat Samen Leren kan lezen. Kies een PNG- of JPEG-bestand.</source>
        <translation>This file is not a picture Samen Leren can read. Choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Het logo staat voortaan op elk document dat u maakt.</source>
        <translation>From now on the logo is on every document you make.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vergrendel &amp;na</source>
        <translation>Lock &amp;after</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na deze tijd zonder gebruik gaat Samen Leren op slot. Wat open staat, blijft bewaard.</source>
        <translation>After this time without use Samen Leren locks itself. Whatever is open is kept.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Taal</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lettergrootte</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;Instellingen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Werkruimte: {map}</source>
        <translation>Workspace: {map}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>De nieuwe taal wordt gebruikt zodra u Samen Leren opnieuw start.</source>
        <translation>The new language is used as soon as you start Samen Leren again.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../samenleren_desktop/ui/signature.py" line="+78"/>
        <source>Handtekening van de ouder</source>
        <translation>Parent&apos;s signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teken met de muis, een vinger of een pen. Delete wist de handtekening.</source>
        <translation>Draw with the mouse, a finger or a pen. Delete clears the signature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;nieuw</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening wissen en opnieuw tekenen</source>
        <translation>Clear the signature and draw again</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Teken hier uw handtekening</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>Smiley</name>
    <message>
        <location filename="../samenleren_desktop/ui/smiley_icons.py" line="+40"/>
        <source>Heel slecht</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slecht</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaat wel</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goed</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heel goed</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Smiley {n}: {label}</source>
        <translation>Smiley {n}: {label}</translation>
    </message>
</context>
<context>
    <name>SmileyPanel</name>
    <message>
        <location filename="../samenleren_desktop/ui/smileys.py" line="+195"/>
        <source>Smileys per doel</source>
        <translation>Smileys per goal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Laat de ouder &amp;kiezen (groot scherm)</source>
        <translation>Let the &amp;parent choose (large screen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laat de ouder de smileys kiezen</source>
        <translation>Let the parent choose the smileys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moment:</source>
        <translation>Moment:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tussenevaluatie</source>
        <translation>&amp;Interim evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eindevaluatie</source>
        <translation>&amp;Final evaluation</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Smiley voor {goal}</source>
        <translation>Smiley for {goal}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kies eerst doelen in het plan van aanpak.</source>
        <translation>First choose goals in the action plan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opgeslagen: {goal}, {label}.</source>
        <translation>Saved: {goal}, {label}.</translation>
    </message>
</context>
<context>
    <name>SmileyProgressView</name>
    <message>
        <location line="-230"/>
        <source>Voortgang per doel</source>
        <translation>Progress per goal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tussenevaluatie</source>
        <translation>Interim evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eindevaluatie</source>
        <translation>Final evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verloop</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nog geen doelen gekozen.</source>
        <translation>No goals chosen yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>beter</source>
        <translation>better</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minder</source>
        <translation>worse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gelijk</source>
        <translation>same</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nog één score</source>
        <translation>one score so far</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>van {a} naar {b}: beter ↑</source>
        <translation>from {a} to {b}: better ↑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>van {a} naar {b}: minder ↓</source>
        <translation>from {a} to {b}: worse ↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>van {a} naar {b}: gelijk =</source>
        <translation>from {a} to {b}: same =</translation>
    </message>
</context>
<context>
    <name>SocialeKaartPage</name>
    <message>
        <location filename="../samenleren_desktop/ui/sociale_kaart.py" line="+55"/>
        <location line="+89"/>
        <source>Sociale kaart</source>
        <translation>Local services map</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Zoek op naam, soort of regio</source>
        <translation>Search by name, kind or region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken in de sociale kaart</source>
        <translation>Search the local services map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nieuwe partner</source>
        <translation>&amp;New partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ja, verwijderen</source>
        <translation>&amp;Yes, delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee, &amp;houden</source>
        <translation>No, &amp;keep</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Naa&amp;m:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Soort hulp:</source>
        <translation>&amp;Kind of help:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regio:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not&amp;ities:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 is opgeslagen.</source>
        <translation>%1 has been saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wilt u %1 van de sociale kaart halen?</source>
        <translation>Do you want to remove %1 from the local services map?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is verwijderd.</source>
        <translation>%1 has been removed.</translation>
    </message>
</context>
<context>
    <name>SourceChoice</name>
    <message>
        <location filename="../samenleren_desktop/ui/audit_server.py" line="-168"/>
        <source>Bron van het logboek</source>
        <translation>Source of the log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hele organisatie (server)</source>
        <translation>Whole organisation (server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De hele organisatie: wat alle laptops naar de server hebben gestuurd.</source>
        <translation>The whole organisation: what all laptops have sent to the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bron:</source>
        <translation>&amp;Source:</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../samenleren_desktop/ui/step_panel.py" line="+19"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Huis&amp;bezoek plannen</source>
        <translation>Plan a home &amp;visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huisbezoek vastl&amp;eggen</source>
        <translation>Record a home v&amp;isit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stap over&amp;slaan…</source>
        <translation>&amp;Skip step…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huisbezoek plannen voor deze stap (Ctrl+B)</source>
        <translation>Plan a home visit for this step (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huisbezoek vastleggen (Ctrl+R)</source>
        <translation>Record a home visit (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../samenleren_desktop/ui/sync_controller.py" line="+178"/>
        <source>Koppelen is mislukt door een fout in het programma.</source>
        <translation>Linking failed because of an error in the program.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Synchroniseren is mislukt.</source>
        <translation>Synchronising failed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synchroniseren mislukt</source>
        <translation>synchronising failed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>niet gekoppeld</source>
        <translation>not linked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Koppel deze laptop aan de server op de pagina Synchronisatie.</source>
        <translation>Link this laptop to the server on the Synchronisation page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>werk het programma bij</source>
        <translation>update the program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geen toegang meer; koppel opnieuw</source>
        <translation>no access any more; link again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server weigert; zie Synchronisatie</source>
        <translation>server refuses; see Synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server niet bereikbaar</source>
        <translation>server not reachable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nog niet gesynchroniseerd</source>
        <translation>not synchronised yet</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../samenleren_desktop/ui/sync_page.py" line="+108"/>
        <source>&amp;Nu synchroniseren</source>
        <translation>Synchronise &amp;now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu synchroniseren (Ctrl+Shift+S)</source>
        <translation>Synchronise now (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voortgang van het synchroniseren</source>
        <translation>Synchronisation progress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Soms is hetzelfde gegeven op twee plaatsen tegelijk gewijzigd. De waarde die het laatst binnenkwam is bewaard; de andere blijft hier staan tot u kiest. Er gaat niets verloren.</source>
        <translation>Sometimes the same item was changed in two places at once. The value that arrived last has been kept; the other stays here until you choose. Nothing is lost.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Er ging iets mis; er is niets verloren.</source>
        <translation>Something went wrong; nothing has been lost.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Fill in your user name and passphrase.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bezig met synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versturen: %v van %m</source>
        <translation>Sending: %v of %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontvangen: %v van %m</source>
        <translation>Receiving: %v of %m</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Uw keuze is bewaard.</source>
        <translation>Your choice has been saved.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../samenleren_desktop/ui/sync_status.py" line="+54"/>
        <source>Synchronisatie: {status}</source>
        <translation>Synchronisation: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — {reden}</source>
        <translation>Offline — {reden}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alles wordt op deze laptop bewaard en later gesynchroniseerd.</source>
        <translation>Everything is kept on this laptop and synchronised later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nog geen server ingesteld</source>
        <translation>no server set up yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bezig met synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laatst gesynchroniseerd om {tijd}</source>
        <translation>Last synchronised at {tijd}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst gesynchroniseerd op {datum}</source>
        <translation>Last synchronised on {datum}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} conflicten</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klik om de conflicten te bekijken en te kiezen wat blijft.</source>
        <translation>Click to see the conflicts and choose what stays.</translation>
    </message>
</context>
<context>
    <name>ToestemmingDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/toestemming.py" line="+51"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarvoor</source>
        <translation>For what</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laat de ouder hieronder tekenen:</source>
        <translation>Let the parent sign below:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ouder:</source>
        <translation>&amp;Parent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waarvoor:</source>
        <translation>&amp;For what:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dit gezin heeft nog geen ouder om te kiezen.</source>
        <translation>This family has no parent to choose yet.</translation>
    </message>
</context>
<context>
    <name>TrajectPage</name>
    <message>
        <location filename="../samenleren_desktop/ui/traject_screens.py" line="+44"/>
        <source>&amp;Vragenlijsten</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan van aanpak</source>
        <translation>&amp;Action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;mileys</source>
        <translation>S&amp;mileys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo&amp;rg</source>
        <translation>Ca&amp;re</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;cumenten (PDF)…</source>
        <translation>Doc&amp;uments (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documenten van dit gezin als PDF maken</source>
        <translation>Make this family&apos;s documents as PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gezin &amp;wissen…</source>
        <translation>&amp;Erase family…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit gezin overal wissen</source>
        <translation>Erase this family everywhere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intakevragenlijst invullen</source>
        <translation>Fill in the intake questionnaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vragenlijst leerkracht invullen</source>
        <translation>Fill in the teacher questionnaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activiteiten kiezen</source>
        <translation>Choose activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gekozen activiteit afvinken</source>
        <translation>Tick off the chosen activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan van aanpak maken</source>
        <translation>Make the action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startscore (smileys)</source>
        <translation>Starting score (smileys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan van aanpak openen</source>
        <translation>Open the action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smileys tussenevaluatie</source>
        <translation>Smileys mid-term evaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Evaluatievragenlijst</source>
        <translation>Evaluation questionnaire</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Smileys eindevaluatie</source>
        <translation>Smileys final evaluation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluatie leerkracht</source>
        <translation>Teacher evaluation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificaten maken (PDF)</source>
        <translation>Make certificates (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Nazorgvragenlijst invullen</source>
        <translation>Fill in the aftercare questionnaire</translation>
    </message>
</context>
<context>
    <name>TrajectView</name>
    <message>
        <location filename="../samenleren_desktop/ui/traject_view.py" line="+69"/>
        <source>Traject</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kies een gezin om het traject te zien.</source>
        <translation>Choose a family to see its programme.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uren:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gegevens van het gezin</source>
        <translation>Family details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samenvatting van het traject</source>
        <translation>Summary of the programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uren van de norm</source>
        <translation>Hours of the norm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Onderdelen van het traject</source>
        <translation>Parts of the programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Geen traject</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ouders: %1</source>
        <translation>Parents: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinderen: %1</source>
        <translation>Children: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begeleider: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aangemeld op %1 · Fase: %2</source>
        <translation>Referred on %1 · Phase: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volgende stap: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n waarschuwing(en)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 van %2 uur</source>
        <translation>%1 of %2 hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (boven de norm)</source>
        <translation> (above the norm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bezoeken %1 · Reistijd %2 · Registratie %3</source>
        <translation>Visits %1 · Travel %2 · Admin %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>School of ouder meldt het gezin aan.</source>
        <translation>The school or the parent refers the family.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huisbezoek met de ouder: intakevragenlijst en contra-indicaties.</source>
        <translation>Home visit with the parent: intake questionnaire and contra-indications.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huisbezoek met het hele gezin: samen iets leuks doen.</source>
        <translation>Home visit with the whole family: doing something fun together.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met de ouder de informatiemap doornemen; ouder kiest.</source>
        <translation>Go through the information folder with the parent; the parent chooses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met het gezin de gekozen activiteit doen.</source>
        <translation>Do the chosen activity with the family.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesprek op school met ouder en leerkracht.</source>
        <translation>Meeting at school with the parent and the teacher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doelen kiezen en het plan van aanpak bespreken.</source>
        <translation>Choose goals and discuss the action plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per doel een huisbezoek met het gezin en een met de ouder.</source>
        <translation>Per goal one home visit with the family and one with the parent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samen terugkijken: smileys en het plan bijstellen.</source>
        <translation>Look back together: smileys, and adjust the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste evaluatie: zijn de doelen bereikt?</source>
        <translation>Final evaluation: were the goals reached?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afsluiten met het gezin, met certificaten.</source>
        <translation>Closing with the family, with certificates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongeveer zes weken na de eindevaluatie: even bellen.</source>
        <translation>About six weeks after the final evaluation: a short call.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongeveer zes maanden later: hoe gaat het nu?</source>
        <translation>About six months later: how are things now?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stap overslaan</source>
        <translation>Skip step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom slaat u „%1” over? De reden komt op de trajectpijl.</source>
        <translation>Why do you skip “%1”? The reason is shown on the programme arrow.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../samenleren_desktop/ui/unlock.py" line="+17"/>
        <source>Uw wachtwoord kan niet worden teruggehaald: alleen u kent het, en zonder wachtwoord blijven de gegevens versleuteld. Neem contact op met de beheerder van uw organisatie. Is de werkruimte verzegeld voor de herstelsleutel van de organisatie, dan geeft de beheerder haar op dit beginscherm een nieuw wachtwoord en gaat er niets verloren. Anders staat wat al gesynchroniseerd is veilig op de server; de beheerder helpt u dan met een nieuwe werkruimte.</source>
        <translation>Your passphrase cannot be recovered: only you know it, and without it the data stay encrypted. Contact your organisation&apos;s administrator. If the workspace is sealed for the organisation&apos;s recovery key, the administrator gives it a new passphrase on this start screen and nothing is lost. Otherwise, what has been synchronised is safe on the server; the administrator then helps you with a new workspace.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;h1&gt;Samen Leren&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Samen Leren&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkruimte: {map}</source>
        <translation>Workspace: {map}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation>&amp;Forgot passphrase?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgot passphrase?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuw wachtwoord met de &amp;herstelsleutel…</source>
        <translation>New passphrase with the &amp;recovery key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw wachtwoord met de herstelsleutel</source>
        <translation>New passphrase with the recovery key</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>De werkruimte heeft een nieuw wachtwoord. Het oude werkt niet meer. Typ het nieuwe wachtwoord om de werkruimte te openen.</source>
        <translation>The workspace has a new passphrase. The old one no longer works. Type the new passphrase to open the workspace.</translation>
    </message>
</context>
<context>
    <name>VerwijzingDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/zorg.py" line="-45"/>
        <source>Doorverwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zet eerst een partner op de sociale kaart.</source>
        <translation>First add a partner to the local services map.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/visit_dialog.py" line="-212"/>
        <source>Huisbezoek plannen</source>
        <translation>Plan a home visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huisbezoek vastleggen</source>
        <translation>Record a home visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastleggen als gehouden</source>
        <translation>Record as held</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bijvoorbeeld: moeder, Noah</source>
        <translation>For example: mother, Noah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tijd:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uur:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reistijd:</source>
        <translation>T&amp;ravel time:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reistijd in minuten</source>
        <translation>Travel time in minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waar:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waar en met wie</source>
        <translation>Where and with whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aanwezig:</source>
        <translation>&amp;Present:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie waren er</source>
        <translation>Who was there</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Doelen:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>VisitsList</name>
    <message>
        <location filename="../samenleren_desktop/ui/visits.py" line="+88"/>
        <source>Contactmomenten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Huisbezoek plannen</source>
        <translation>Plan a home visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pla&amp;nnen…</source>
        <translation>Pla&amp;n…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huisbezoek vastleggen</source>
        <translation>Record a home visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vast&amp;leggen…</source>
        <translation>R&amp;ecord…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annuleren…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gepland contact annuleren</source>
        <translation>Cancel planned contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huisbezoek plannen (Ctrl+B)</source>
        <translation>Plan a home visit (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huisbezoek vastleggen (Ctrl+R)</source>
        <translation>Record a home visit (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Contact annuleren</source>
        <translation>Cancel contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom gaat dit contact niet door?</source>
        <translation>Why is this contact not going ahead?</translation>
    </message>
</context>
<context>
    <name>VragenlijstenTab</name>
    <message>
        <location filename="../samenleren_desktop/ui/questionnaires_tab.py" line="+58"/>
        <source>Vragenlijsten van dit traject</source>
        <translation>Questionnaires of this programme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stand van {titel}</source>
        <translation>State of {titel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Invullen</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{titel} bekijken</source>
        <translation>View {titel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>← &amp;Terug naar de vragenlijsten</source>
        <translation>← &amp;Back to the questionnaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terug naar de vragenlijsten</source>
        <translation>Back to the questionnaires</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Bezig: {procent} %</source>
        <translation>In progress: {procent} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afgerond op {datum}</source>
        <translation>Finished on {datum}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({n} keer)</source>
        <translation>({n} times)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet begonnen</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verder invullen</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opnieuw invullen</source>
        <translation>Fill in again</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../samenleren_desktop/ui/week.py" line="+75"/>
        <source>◀ Vorige week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bezoeken worden geladen</source>
        <translation>Loading visits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geplande bezoeken per dag</source>
        <translation>Planned visits per day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dag en tijd</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie en duur</source>
        <translation>Who and duration</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Week {week}: {van} t/m {tot}</source>
        <translation>Week {week}: {van} to {tot}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{dag} (vandaag)</source>
        <translation>{dag} (today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dag}: geen bezoeken gepland</source>
        <translation>{dag}: no visits planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dag}: 1 bezoek</source>
        <translation>{dag}: 1 visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dag}: {aantal} bezoeken</source>
        <translation>{dag}: {aantal} visits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tijd nog niet bekend</source>
        <translation>time not known yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minuten} min</source>
        <translation>{minuten} min</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>De bezoeken konden niet worden geladen.</source>
        <translation>The visits could not be loaded.</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../samenleren_desktop/ui/app.py" line="-206"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren; probeer het opnieuw.</source>
        <translation>Something went wrong that should not have happened. Nothing was lost; please try again.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>{n} gezinnen · werkruimte {map}</source>
        <translation>{n} families · workspace {map}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Demo met fictieve gezinnen. Het wachtwoord is: {wachtwoord}</source>
        <translation>Demo with fictional families. The passphrase is: {wachtwoord}</translation>
    </message>
</context>
<context>
    <name>ZorgDialog</name>
    <message>
        <location filename="../samenleren_desktop/ui/zorg.py" line="-64"/>
        <source>Zorg vastleggen</source>
        <translation>Record a concern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gezien op</source>
        <translation>Seen on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Soort zorg:</source>
        <translation>&amp;Kind of concern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gezien op:</source>
        <translation>&amp;Seen on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
</context>
<context>
    <name>ZorgTab</name>
    <message>
        <location line="+116"/>
        <source>Zorg, doorverwijzing en toestemming</source>
        <translation>Concerns, referrals and consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gezien op</source>
        <translation>Seen on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgelost op</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarvoor</source>
        <translation>For what</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zorg vastleggen</source>
        <translation>Record a conc&amp;ern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Besluit</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;gelost</source>
        <translation>Re&amp;solved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Doorverwijzen</source>
        <translation>Re&amp;fer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende &amp;stap</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warme overdracht</source>
        <translation>&amp;Warm handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Toestemming vastleggen</source>
        <translation>Record &amp;consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Intrekken</source>
        <translation>Wit&amp;hdraw</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Zorgen en contra-indicaties</source>
        <translation>Concerns and contra-indications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doorverwijzen naar een partner</source>
        <translation>Refer to a partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toestemming van de ouders</source>
        <translation>The parents&apos; consent</translation>
    </message>
    <message>
        <location line="+87"/>
        <source> (getekend)</source>
        <translation> (signed)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sinds wanneer staat deze zorg het traject niet meer in de weg?</source>
        <translation>Since when does this concern no longer stand in the way of the programme?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg opgelost</source>
        <translation>Concern resolved</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>De verwijzing is nu bij: %1</source>
        <translation>The referral is now with: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Op welke dag heeft u het gezin warm overgedragen aan %1? Daarvoor is toestemming van de ouder nodig.</source>
        <translation>On which day did you hand the family over to %1? This needs the parent&apos;s consent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Eerst toestemming vastleggen…</source>
        <translation>&amp;First record consent…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Op welke dag heeft de ouder deze toestemming ingetrokken?</source>
        <translation>On which day did the parent withdraw this consent?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
</context>
</TS>
