<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityCategory</name>
    <message>
        <source>Capacity building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitating mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration in the destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration management cooperation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Pipeline/identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentState</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingStage</name>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>MPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDICI-Global Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasmus+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member State bilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIMITED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteVisibility</name>
    <message>
        <source>Private (never exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>EU institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner-country authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer or business association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipStatus</name>
    <message>
        <source>Exploratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundtableStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap objectives and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: activity register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues for decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillLevel</name>
    <message>
        <source>Low-skilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium-skilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-skilled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
