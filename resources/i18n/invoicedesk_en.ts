<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BillingWizard</name>
    <message numerus="yes">
        <source>⚠ E-mails cannot go out now: {reason}. The %n row(s) with Email would be invoiced and their e-mails would wait until the mail server works.</source>
        <translation>
            <numerusform>⚠ E-mails cannot go out now: {reason}. The %n row with Email would be invoiced and its e-mail would wait until the mail server works.</numerusform>
            <numerusform>⚠ E-mails cannot go out now: {reason}. The %n rows with Email would be invoiced and their e-mails would wait until the mail server works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsMenu</name>
    <message numerus="yes">
        <source>✉ %n e-mail(s) wait: {reason}</source>
        <translation>
            <numerusform>✉ %n e-mail waits: {reason}</numerusform>
            <numerusform>✉ %n e-mails wait: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DunningWindow</name>
    <message numerus="yes">
        <source>⚠ E-mails cannot go out now: {reason}. The %n reminder(s) by e-mail would wait until the mail server works.</source>
        <translation>
            <numerusform>⚠ E-mails cannot go out now: {reason}. The %n reminder by e-mail would wait until the mail server works.</numerusform>
            <numerusform>⚠ E-mails cannot go out now: {reason}. The %n reminders by e-mail would wait until the mail server works.</numerusform>
        </translation>
    </message>
</context>
</TS>
