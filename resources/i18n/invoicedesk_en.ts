<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticlesView</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingWizard</name>
    <message numerus="yes">
        <source>%n order(s) fetched, {included} to invoice, {total}</source>
        <translation>
            <numerusform>%n order fetched, {included} to invoice, {total}</numerusform>
            <numerusform>%n orders fetched, {included} to invoice, {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ E-mails cannot go out now: {reason}. The %n row(s) with Email would be invoiced and their e-mails would wait until the mail server works.</source>
        <translation>
            <numerusform>⚠ E-mails cannot go out now: {reason}. The %n row with Email would be invoiced and its e-mail would wait until the mail server works.</numerusform>
            <numerusform>⚠ E-mails cannot go out now: {reason}. The %n rows with Email would be invoiced and their e-mails would wait until the mail server works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingExport</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectiveView</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s)</source>
        <translation>
            <numerusform>%n contract invoice</numerusform>
            <numerusform>%n contract invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge undone: %n contract invoice(s) pending again.</source>
        <translation>
            <numerusform>Merge undone: %n contract invoice is pending again.</numerusform>
            <numerusform>Merge undone: %n contract invoices are pending again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsMenu</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✉ %n e-mail(s) wait: {reason}</source>
        <translation>
            <numerusform>✉ %n e-mail waits: {reason}</numerusform>
            <numerusform>✉ %n e-mails wait: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n send failure(s)</source>
        <translation>
            <numerusform>⚠ %n send failure</numerusform>
            <numerusform>⚠ %n send failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued and queued %n collective invoice(s). {error}</source>
        <translation>
            <numerusform>Issued and queued %n collective invoice. {error}</numerusform>
            <numerusform>Issued and queued %n collective invoices. {error}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message numerus="yes">
        <source>%n invoice(s) in these months, {new} not taken over yet.</source>
        <translation>
            <numerusform>%n invoice in these months, {new} not taken over yet.</numerusform>
            <numerusform>%n invoices in these months, {new} not taken over yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective invoice(s)</source>
        <translation>
            <numerusform>%n collective invoice</numerusform>
            <numerusform>%n collective invoices</numerusform>
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
<context>
    <name>ExportCsv</name>
    <message numerus="yes">
        <source>All %Ln filtered case(s)</source>
        <translation>
            <numerusform>The %Ln filtered case</numerusform>
            <numerusform>All %Ln filtered cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected case(s) (%Ln)</source>
        <translation>
            <numerusform>Selected case (%Ln)</numerusform>
            <numerusform>Selected cases (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln case(s) written</source>
        <translation>
            <numerusform>Exporting… %Ln case written</numerusform>
            <numerusform>Exporting… %Ln cases written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln case(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln case to {path}</numerusform>
            <numerusform>Exported %Ln cases to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message numerus="yes">
        <source>%n file(s) taken in: {ready} ready</source>
        <translation>
            <numerusform>%n file taken in: {ready} ready</numerusform>
            <numerusform>%n files taken in: {ready} ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped intake(s) taken up again</source>
        <translation>
            <numerusform>%n stopped intake taken up again</numerusform>
            <numerusform>%n stopped intakes taken up again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taking in %n file(s)</source>
        <translation>
            <numerusform>Taking in %n file</numerusform>
            <numerusform>Taking in %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginPopup</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n collective invoice(s) without a send date&lt;/b&gt; will not be sent until they get one.</source>
        <translation>
            <numerusform>&lt;b&gt;%n collective invoice without a send date&lt;/b&gt; will not be sent until it gets one.</numerusform>
            <numerusform>&lt;b&gt;%n collective invoices without a send date&lt;/b&gt; will not be sent until they get one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentExport</name>
    <message numerus="yes">
        <source>%n payment(s), {total}</source>
        <translation>
            <numerusform>%n payment, {total}</numerusform>
            <numerusform>%n payments, {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message numerus="yes">
        <source>Watched folder: %n statement file(s), {booked} lines booked, {waiting} to reconcile</source>
        <translation>
            <numerusform>Watched folder: %n statement file, {booked} lines booked, {waiting} to reconcile</numerusform>
            <numerusform>Watched folder: %n statement files, {booked} lines booked, {waiting} to reconcile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see failed/)</source>
        <translation>
            <numerusform>%n refused (see failed/)</numerusform>
            <numerusform>%n refused (see failed/)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPdf</name>
    <message numerus="yes">
        <source>{name}: %n page(s) sent to the printer.</source>
        <translation>
            <numerusform>{name}: %n page sent to the printer.</numerusform>
            <numerusform>{name}: %n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ cases · counting…</source>
        <translation>
            <numerusform>%Ln+ cases · counting…</numerusform>
            <numerusform>%Ln+ cases · counting…</numerusform>
        </translation>
    </message>
</context>
</TS>
