using System.Globalization;

namespace BlazorReader.Bench.Cleaning;

// Logistic regression over sparse features by AdaGrad with a light L2 pull, enough for a
// line model of a few thousand weights and a few hundred thousand lines; deterministic
// (a fixed shuffle), so the same data gives the same weights.
public static class LogisticRegression
{
    private const int Epochs = 8;
    private const double Rate = 0.2;
    private const double L2 = 1e-6;

    public static (double Bias, float[] Weights) Fit(List<ChromeModelTraining.Example> examples, int dimensions, TextWriter output)
    {
        var w = new double[dimensions];
        var g2 = new double[dimensions];
        double bias = 0, biasG2 = 0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(7);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            foreach (var k in order)
            {
                var e = examples[k];
                var z = bias;
                foreach (var (i, v) in e.Features)
                {
                    z += w[i] * v;
                }
                var p = 1 / (1 + Math.Exp(-z));
                var y = e.Noise ? 1.0 : 0.0;
                loss -= y * Math.Log(Math.Max(p, 1e-12)) + (1 - y) * Math.Log(Math.Max(1 - p, 1e-12));
                var d = p - y;
                foreach (var (i, v) in e.Features)
                {
                    var g = d * v + L2 * w[i];
                    g2[i] += g * g;
                    w[i] -= Rate * g / Math.Sqrt(g2[i] + 1e-8);
                }
                biasG2 += d * d;
                bias -= Rate * d / Math.Sqrt(biasG2 + 1e-8);
            }
            output.WriteLine($"  epoch {epoch + 1}: mean loss {(loss / examples.Count).ToString("0.0000", CultureInfo.InvariantCulture)}");
        }
        return (bias, [.. w.Select(v => (float)v)]);
    }
}
