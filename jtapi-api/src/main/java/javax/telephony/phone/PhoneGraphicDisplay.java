package javax.telephony.phone;

import java.awt.Dimension;
import java.awt.Graphics;

/** A graphical display on a phone, exposing its size and a graphics context for drawing. */
public interface PhoneGraphicDisplay extends Component {
    Graphics getGraphics();

    Dimension size();
}
