namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// An amateur packet-radio BBS bulletin: the send line, the routing «R:» headers, From/To,
// the story as the bulletin's text, «73 de …» and «/EX».
internal sealed class PacketBulletin : Frame
{
    private string call = "";

    public override bool PlainLines => true;

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        call = r.Pick("HZ1", "HZ2", "7Z1", "A41", "A61") + r.Letters(r.Between(2, 3), "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        var bbs = r.Pick("HZ1BBS", "HZ1SK", "7Z3BBS", "A41PBB");
        var number = r.Between(10000, 99999);
        p.Line("SB " + r.Pick("ALL", "NEWS", "ARABIC") + " @ " + r.Pick("WW", "ARL", "GCC") + " < " + call + " $" + number + "_" + bbs);
        p.Chrome(headline, l => r.Pick("Title: ", "Subject: ", "") + l);
        var stamp = p.IsoStamp("yyMMdd/HHmm") + "Z";
        p.Line("R:" + stamp + " @:" + bbs + ".#RUH.SAU.AS [" + r.Pick("Riyadh", "Jeddah", "Dammam") + "] #:" + number + " $:" + number + "_" + bbs);
        if (r.Chance(0.6))
        {
            p.Line("R:" + stamp + " @:" + r.Pick("A61BBS.#DXB.ARE.AS", "DB0RES.#NRW.DEU.EU", "K4VIZ.#SEGA.GA.USA.NOAM"));
        }
        p.Line("");
        p.Line("From: " + call + " @ " + bbs + ".#RUH.SAU.AS");
        p.Line("To  : ALL @ WW");
        p.Line("");
        Pieces(p, more);
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        Pieces(p, tail);
        p.Line("");
        p.Chrome(p.Piece(NoiseKind.Signature, r.Pick("73 de ", "73's de ", "73 من ") + call + r.Pick("", " - " + p.City, " (" + Page.Person(r) + ")")));
        p.Line("/EX");
    }
}
