package javax.telephony.media.provider;

import java.lang.reflect.Method;

/**
 * Captured method call (reflected method plus arguments) that can later be invoked on a provider
 * media group.
 */
public class Request {
    public Request(Method method) {
    }

    public Request(Method method, int value, Object object, Object object2, Object object3) {
    }

    public Request(Method method, Object object) {
    }

    public Request(Method method, Object object, int value, Object object2, Object object3) {
    }

    public Request(Method method, Object object, Object object2) {
    }

    public Request(Method method, Object object, Object object2, Object object3) {
    }

    public Request(Method method, Object object, Object object2, Object object3, Object object4) {
    }

    public Request(Method method, Object object, Object object2, Object object3, Object object4, Object object5) {
    }

    public Request(Method method, Object[] objects) {
    }

    public Method getMethod() {
        throw NotBuilt.member("Request.getMethod");
    }

    public Object invoke(MPI.MediaGroup mediaGroup) {
        throw NotBuilt.member("Request.invoke");
    }

    public static Method theMethod(Class type, String string, Class[] types) {
        throw NotBuilt.member("Request.theMethod");
    }
}
