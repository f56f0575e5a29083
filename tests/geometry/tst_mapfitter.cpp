#include "geometry/MapFitter.h"
#include "geometry/PixelMap.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>
#include <random>

using namespace reticle;

namespace {

using Truth = std::function<QPointF(QPointF)>;

// A printer->image situation: scale (mm/px), rotation, mirror, offset.
Truth similarity(double mmPerPx, double rotationDeg, bool mirror, QPointF offset)
{
    const double t = rotationDeg * std::numbers::pi / 180.0;
    return [=](QPointF p) {
        const double x = p.x(), y = mirror ? -p.y() : p.y();
        return QPointF(offset.x() + mmPerPx * (std::cos(t) * x - std::sin(t) * y),
                       offset.y() + mmPerPx * (std::sin(t) * x + std::cos(t) * y));
    };
}

std::vector<PointPair> grid(const Truth &truth, int nx = 5, int ny = 4, double w = 1920, double h = 1080)
{
    std::vector<PointPair> pts;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const QPointF px(40 + (w - 80) * i / (nx - 1) + 0.37 * j, 30 + (h - 60) * j / (ny - 1) + 0.11 * i);
            const QPointF mm = truth(px);
            pts.push_back({px.x(), px.y(), mm.x(), mm.y()});
        }
    return pts;
}

double maxDeviation(const PixelMap &map, const Truth &truth)
{
    double worst = 0;
    for (double x = 0; x <= 1920; x += 160)
        for (double y = 0; y <= 1080; y += 120) {
            const QPointF d = map.toPrinter({x, y}) - truth({x, y});
            worst = std::max(worst, std::hypot(d.x(), d.y()));
        }
    return worst;
}

} // namespace

class TestMapFitter : public QObject
{
    Q_OBJECT

private slots:
    void seedFormulaMatchesCalibrationJson()
    {
        // printer = (pixel - ref_pixel) * um_per_px / 1000 + ref_printer, per axis.
        const PixelMap map = PixelMap::fromAxisScale(15.2, 14.8, {640, 480}, {200.0, 150.0});
        const QPointF p = map.toPrinter({700, 400});
        QVERIFY(std::abs(p.x() - (200.0 + 60 * 15.2 / 1000)) < 1e-12);
        QVERIFY(std::abs(p.y() - (150.0 - 80 * 14.8 / 1000)) < 1e-12);
        QCOMPARE(std::lround(map.micronsPerPixelX({0, 0}) * 10), 152L);
    }

    void recoversExactTransforms_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("mirror");
        for (int model : {int(PixelMap::Model::Similarity), int(PixelMap::Model::Affine), int(PixelMap::Model::Quadratic)})
            for (double rot : {0.0, 3.7, 90.0, 180.0, -90.0})
                for (bool mirror : {false, true})
                    QTest::addRow("%s rot %g%s", qPrintable(PixelMap::modelName(PixelMap::Model(model))), rot,
                                  mirror ? " mirrored" : "")
                        << model << rot << mirror;
    }

    void recoversExactTransforms()
    {
        QFETCH(int, model);
        QFETCH(double, rotation);
        QFETCH(bool, mirror);
        const Truth truth = similarity(0.0152, rotation, mirror, {187.25, 93.5});
        MapFitOptions options;
        options.model = PixelMap::Model(model);
        const MapFit fit = MapFitter::fit(grid(truth), options);
        QVERIFY2(fit.ok, qPrintable(fit.error));
        QVERIFY2(maxDeviation(fit.map, truth) < 1e-9, qPrintable(QString::number(maxDeviation(fit.map, truth))));
        QCOMPARE(fit.inliers, 20);
        QVERIFY(fit.rmsUm < 1e-6);
        QCOMPARE(fit.map.isMirrored({960, 540}), mirror);
        double rot = fit.map.rotationDeg({960, 540});
        double diff = std::remainder(rot - rotation, 360.0);
        QVERIFY2(std::abs(diff) < 1e-7, qPrintable(QString::number(rot)));
        QVERIFY(std::abs(fit.map.micronsPerPixelX({960, 540}) - 15.2) < 1e-7);
    }

    void affineAndQuadraticRecoverTheirOwnModels()
    {
        const Truth affine = [](QPointF p) {
            return QPointF(10 + 0.0151 * p.x() + 0.0007 * p.y(), -5 - 0.0004 * p.x() + 0.0149 * p.y());
        };
        MapFitOptions options;
        options.model = PixelMap::Model::Affine;
        MapFit fit = MapFitter::fit(grid(affine), options);
        QVERIFY(fit.ok);
        QVERIFY(maxDeviation(fit.map, affine) < 1e-9);

        const Truth quadratic = [](QPointF p) {
            const double x = p.x(), y = p.y();
            return QPointF(3 + 0.015 * x + 0.0002 * y + 2e-7 * x * x - 1e-7 * x * y + 3e-8 * y * y,
                           7 - 0.0003 * x + 0.0148 * y - 5e-8 * x * x + 2e-7 * x * y + 1e-7 * y * y);
        };
        options.model = PixelMap::Model::Quadratic;
        fit = MapFitter::fit(grid(quadratic), options);
        QVERIFY(fit.ok);
        QVERIFY2(maxDeviation(fit.map, quadratic) < 1e-9, qPrintable(QString::number(maxDeviation(fit.map, quadratic))));
        // TAMV's raw-pixel layout reproduces the same map.
        const auto m = fit.map.tamvMatrix();
        const double x = 1234.5, y = 321.25;
        const double tx = m[0][0] * x * x + m[1][0] * y * y + m[2][0] * x * y + m[3][0] * x + m[4][0] * y + m[5][0];
        QVERIFY(std::abs(tx - quadratic({x, y}).x()) < 1e-8);
    }

    void inverseMapsRoundTrip()
    {
        for (auto model : {PixelMap::Model::Similarity, PixelMap::Model::Affine, PixelMap::Model::Quadratic}) {
            const Truth truth = [](QPointF p) {
                const double x = p.x(), y = p.y();
                return QPointF(3 + 0.015 * x + 0.0002 * y + 2e-7 * x * x, 7 - 0.0003 * x - 0.0148 * y + 1e-7 * y * y);
            };
            MapFitOptions options;
            options.model = model;
            const MapFit fit = MapFitter::fit(grid(truth), options);
            QVERIFY(fit.ok);
            for (const QPointF px : {QPointF(0, 0), QPointF(960.5, 540.25), QPointF(1919, 1079), QPointF(13.7, 900.1)}) {
                const auto back = fit.map.toPixel(fit.map.toPrinter(px));
                QVERIFY(back.has_value());
                QVERIFY2(std::hypot(back->x() - px.x(), back->y() - px.y()) < 1e-6, qPrintable(PixelMap::modelName(model)));
            }
        }
        // A singular map has no inverse.
        const PixelMap flat(PixelMap::Model::Affine, 0, 0, 1, {0, 1, 1, 0, 0, 0}, {0, 1, 1, 0, 0, 0});
        QVERIFY(!flat.toPixel({1, 2}).has_value());
    }

    void staysWithinBoundsUnderNoise()
    {
        const Truth truth = similarity(0.015, 12.0, false, {100, 100});
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0.0, 0.1); // 0.1 px detection noise
        std::vector<PointPair> pts;
        for (int k = 0; k < 40; ++k) {
            const QPointF px(100 + 17.3 * k, 80 + 23.9 * (k % 9) * 4);
            const QPointF mm = truth(px);
            pts.push_back({px.x() + noise(rng), px.y() + noise(rng), mm.x(), mm.y()});
        }
        const MapFit fit = MapFitter::fit(pts, {});
        QVERIFY(fit.ok);
        // 0.1 px at 15 µm/px = 1.5 µm per axis: RMS about 2 µm, the map within a few µm.
        QVERIFY2(fit.rmsUm > 1.0 && fit.rmsUm < 3.5, qPrintable(QString::number(fit.rmsUm)));
        QVERIFY(maxDeviation(fit.map, truth) * 1000 < 5.0);
        QVERIFY(fit.inliers >= 36);
        QVERIFY(fit.fractionWithin(2 * fit.rmsUm) >= 0.9);
        QVERIFY(fit.explanation().contains(QStringLiteral("63 %")));
        QVERIFY(fit.explanation().contains(QStringLiteral("98 %")));
    }

    void rejectsOutliers()
    {
        const Truth truth = similarity(0.015, -30.0, true, {50, 60});
        std::vector<PointPair> pts = grid(truth, 6, 5);
        // Five points where the detector caught something else (off by 0.3..2 mm).
        for (size_t i : {size_t(2), size_t(7), size_t(13), size_t(21), size_t(28)}) {
            pts[i].printerX += 0.3 + 0.4 * double(i % 4);
            pts[i].printerY -= 0.5;
        }
        for (auto model : {PixelMap::Model::Similarity, PixelMap::Model::Affine, PixelMap::Model::Quadratic}) {
            MapFitOptions options;
            options.model = model;
            const MapFit fit = MapFitter::fit(pts, options);
            QVERIFY(fit.ok);
            QCOMPARE(fit.inliers, 25);
            for (size_t i : {size_t(2), size_t(7), size_t(13), size_t(21), size_t(28)})
                QVERIFY(!fit.residuals[i].inlier);
            QVERIFY2(maxDeviation(fit.map, truth) < 1e-9, qPrintable(PixelMap::modelName(model)));
        }
        // Without rejection, the same data gives a visibly worse map.
        MapFitOptions plain;
        plain.robust = false;
        QVERIFY(maxDeviation(MapFitter::fit(pts, plain).map, truth) > 0.01);
    }

    void refusesTooFewOrDegeneratePoints()
    {
        MapFitOptions options;
        options.model = PixelMap::Model::Quadratic;
        const Truth truth = similarity(0.015, 0, false, {0, 0});
        MapFit fit = MapFitter::fit(grid(truth, 5, 1), options); // 5 points on a line
        QVERIFY(!fit.ok);
        QVERIFY(!fit.error.isEmpty());
        std::vector<PointPair> collinear;
        for (int i = 0; i < 8; ++i)
            collinear.push_back({10.0 * i, 10.0 * i, 0.15 * i, 0.15 * i});
        options.model = PixelMap::Model::Affine;
        fit = MapFitter::fit(collinear, options);
        QVERIFY(!fit.ok);
        QVERIFY(fit.error.contains(QStringLiteral("degenerate")));
        collinear[3].pixelX = std::nan("");
        QVERIFY(!MapFitter::fit(collinear, options).ok);
    }

    void jsonRoundTrip()
    {
        const Truth truth = similarity(0.0152, 91.0, true, {187.25, 93.5});
        MapFitOptions options;
        options.model = PixelMap::Model::Quadratic;
        const MapFit fit = MapFitter::fit(grid(truth), options);
        const auto back = PixelMap::fromJson(fit.map.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->model(), PixelMap::Model::Quadratic);
        QVERIFY(maxDeviation(*back, truth) < 1e-9);
        QString error;
        QJsonObject broken = fit.map.toJson();
        broken.insert(QStringLiteral("x"), QJsonArray{1, 2});
        QVERIFY(!PixelMap::fromJson(broken, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestMapFitter)
#include "tst_mapfitter.moc"
