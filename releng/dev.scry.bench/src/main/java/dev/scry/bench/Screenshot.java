package dev.scry.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A screenshot of a picture viewer or web page showing a picture: title bar with buttons, a toolbar,
 * a side panel with a list, the picture at 50-75 % of the window's width, and a caption under it.
 */
final class Screenshot {
    private Screenshot() {
    }

    static BufferedImage of(BufferedImage picture, Random r) {
        int width = 1024 + r.nextInt(4) * 128;
        int height = width * (9 + r.nextInt(4)) / 16;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        boolean dark = r.nextBoolean();
        Color page = dark ? new Color(0x24, 0x24, 0x28) : new Color(0xF6, 0xF5, 0xF4);
        Color ink = dark ? new Color(0xDD, 0xDD, 0xDD) : new Color(0x20, 0x20, 0x20);
        g.setColor(page);
        g.fillRect(0, 0, width, height);
        int bar = 36;
        g.setColor(dark ? new Color(0x30, 0x30, 0x34) : new Color(0xDE, 0xDD, 0xDA));
        g.fillRect(0, 0, width, bar);
        g.setColor(ink);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("IMG_" + (1000 + r.nextInt(9000)) + ".jpg - Image Viewer", width / 2 - 110, 23);
        g.setColor(new Color(0xE0, 0x55, 0x3D));
        g.fillOval(width - 30, 9, 18, 18);
        g.setColor(Color.GRAY);
        g.fillOval(width - 56, 9, 18, 18);
        g.fillOval(width - 82, 9, 18, 18);
        int toolbar = bar + 34;
        g.setColor(dark ? new Color(0x2A, 0x2A, 0x2E) : new Color(0xEB, 0xEA, 0xE8));
        g.fillRect(0, bar, width, 34);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(ink);
        String[] menu = { "File", "Edit", "View", "Image", "Go", "Help" };
        for (int i = 0; i < menu.length; i++) {
            g.drawString(menu[i], 12 + i * 56, bar + 22);
        }
        int side = width / 6 + r.nextInt(width / 12);
        g.setColor(dark ? new Color(0x1C, 0x1C, 0x20) : Color.WHITE);
        g.fillRect(0, toolbar, side, height - toolbar);
        g.setColor(ink);
        for (int i = 0; i * 26 + toolbar + 30 < height; i++) {
            g.drawString("Album " + (char) ('A' + i % 26) + " - " + (2010 + i) + " photos", 14, toolbar + 30 + i * 26);
        }
        double fraction = 0.5 + 0.25 * r.nextDouble();
        int areaWidth = width - side;
        int pw = (int) (areaWidth * fraction / 0.8);
        int ph = pw * picture.getHeight() / picture.getWidth();
        int maxHeight = height - toolbar - 90;
        if (ph > maxHeight) {
            ph = maxHeight;
            pw = ph * picture.getWidth() / picture.getHeight();
        }
        int px = side + (areaWidth - pw) / 2 + r.nextInt(21) - 10;
        int py = toolbar + 20 + r.nextInt(20);
        g.drawImage(Images.scaled(picture, pw, ph), px, py, null);
        g.setFont(new Font(Font.SERIF, Font.ITALIC, 18));
        g.drawString("Fig. " + (1 + r.nextInt(40)) + ": the view from the hill, taken in the early morning light.", px, py + ph + 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString((1 + r.nextInt(9)) + ".2 MB  -  " + picture.getWidth() + " x " + picture.getHeight() + "  -  100 %", px, py + ph + 56);
        g.dispose();
        return out;
    }
}
