// A tiny RTSP server for the camera tests (tst_rtspsource): serves a live H.264 test picture the
// way camera-streamer serves `rtsp://pi:8554/stream.h264`, but on 127.0.0.1 only.
//
//   rtsp_test_server [--port N] [--mount /stream.h264]
//
// --port 0 (the default) takes a free port. Once the server listens it prints "PORT <n>" on its
// own line on stdout; errors go to stderr with exit code 1 (2 for bad usage). The picture is
// 320x240 at 25 fps: the left half pure red with a white 80x60 block in the top-left corner, the
// right half black, so a test can tell whether a frame was mirrored or rotated. RTP goes over the RTSP connection (TCP interleaved): the server opens no
// UDP sockets, so nothing listens on any address but 127.0.0.1. It runs until killed.

#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

int usage(const char *message)
{
    std::fprintf(stderr, "rtsp_test_server: %s\nusage: rtsp_test_server [--port N] [--mount /path]\n", message);
    return 2;
}

GstElement *g_right = nullptr; // the videotestsrc of the right half in the current media

void onMediaConfigure(GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer)
{
    GstElement *element = gst_rtsp_media_get_element(media);
    if (g_right)
        gst_object_unref(g_right);
    g_right = gst_bin_get_by_name(GST_BIN(element), "right");
    gst_object_unref(element);
}

gboolean onStdin(GIOChannel *channel, GIOCondition, gpointer data)
{
    gchar *line = nullptr;
    gsize length = 0;
    const GIOStatus status = g_io_channel_read_line(channel, &line, &length, nullptr, nullptr);
    if (status == G_IO_STATUS_EOF || status == G_IO_STATUS_ERROR) {
        g_main_loop_quit(static_cast<GMainLoop *>(data));
        return FALSE;
    }
    if (line) {
        const std::string command(line, length);
        g_free(line);
        unsigned int argb = 0;
        if (std::sscanf(command.c_str(), "right %x", &argb) == 1) {
            if (g_right)
                g_object_set(g_right, "foreground-color", argb, nullptr);
            std::printf("OK %s", command.c_str());
        } else {
            std::printf("ERROR unknown command %s", command.c_str());
        }
        std::fflush(stdout);
    }
    return TRUE;
}

bool hasElement(const char *name)
{
    GstElementFactory *factory = gst_element_factory_find(name);
    if (!factory)
        return false;
    gst_object_unref(factory);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    gst_init(&argc, &argv);

    long port = 0;
    std::string mount = "/stream.h264";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage(("missing value after " + arg).c_str());
        if (arg == "--port") {
            char *end = nullptr;
            port = std::strtol(argv[++i], &end, 10);
            if (!end || *end != '\0' || port < 0 || port > 65535)
                return usage("--port needs a number from 0 to 65535");
        } else if (arg == "--mount") {
            mount = argv[++i];
            if (mount.empty() || mount[0] != '/')
                return usage("--mount needs a path starting with /");
        } else {
            return usage(("unknown option " + arg).c_str());
        }
    }

    // Fail loudly, naming the package, rather than serving a stream that never starts.
    const struct
    {
        const char *element;
        const char *package;
    } needed[] = {{"videotestsrc", "gstreamer1.0-plugins-base"},
                  {"videoconvert", "gstreamer1.0-plugins-base"},
                  {"compositor", "gstreamer1.0-plugins-base"},
                  {"rtph264pay", "gstreamer1.0-plugins-good"},
                  {"x264enc", "gstreamer1.0-plugins-ugly"}};
    for (const auto &need : needed) {
        if (!hasElement(need.element)) {
            std::fprintf(stderr, "rtsp_test_server: GStreamer element %s is missing (Debian package %s)\n",
                         need.element, need.package);
            return 1;
        }
    }

    GstRTSPServer *server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(server, "127.0.0.1");
    gst_rtsp_server_set_service(server, std::to_string(port).c_str());

    GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
    gst_rtsp_media_factory_set_launch(
        factory,
        "( compositor name=mix background=black sink_1::xpos=160"
        " ! video/x-raw,width=320,height=240,framerate=25/1"
        " ! videoconvert ! video/x-raw,format=I420"
        " ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25"
        " ! rtph264pay name=pay0 pt=96 config-interval=1"
        "  videotestsrc is-live=true pattern=solid-color foreground-color=0xffff0000"
        " ! video/x-raw,width=160,height=240,framerate=25/1 ! mix.sink_0"
        "  videotestsrc name=right is-live=true pattern=solid-color foreground-color=0xff000000"
        " ! video/x-raw,width=160,height=240,framerate=25/1 ! mix.sink_1"
        "  videotestsrc is-live=true pattern=solid-color foreground-color=0xffffffff"
        " ! video/x-raw,width=80,height=60,framerate=25/1 ! mix.sink_2 )");
    gst_rtsp_media_factory_set_shared(factory, TRUE);
    g_signal_connect(factory, "media-configure", G_CALLBACK(onMediaConfigure), nullptr);
    gst_rtsp_media_factory_set_protocols(factory, GST_RTSP_LOWER_TRANS_TCP);

    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(server);
    gst_rtsp_mount_points_add_factory(mounts, mount.c_str(), factory); // takes the factory
    g_object_unref(mounts);

    GError *error = nullptr;
    GSource *source = gst_rtsp_server_create_source(server, nullptr, &error);
    if (!source) {
        std::fprintf(stderr, "rtsp_test_server: cannot listen on 127.0.0.1:%ld: %s\n", port,
                     error ? error->message : "unknown error");
        if (error)
            g_error_free(error);
        g_object_unref(server);
        return 1;
    }
    GMainLoop *loop = g_main_loop_new(nullptr, FALSE);
    g_source_attach(source, nullptr);
    g_source_unref(source);

    GIOChannel *input = g_io_channel_unix_new(0);
    g_io_add_watch(input, GIOCondition(G_IO_IN | G_IO_HUP | G_IO_ERR), onStdin, loop);

    std::printf("PORT %d\n", gst_rtsp_server_get_bound_port(server));
    std::fflush(stdout);

    g_main_loop_run(loop); // until the test kills the process or closes our standard input
    g_io_channel_unref(input);
    g_main_loop_unref(loop);
    if (g_right)
        gst_object_unref(g_right);
    g_object_unref(server);
    return 0;
}
